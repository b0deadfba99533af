package de.buergernah.web.api;

import de.buergernah.api.dokument.DokumentApi;
import de.buergernah.api.dokument.DokumentDto;
import de.buergernah.kern.dokument.Datei;
import de.buergernah.kern.dokument.DokumentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

@RequestScoped
public class DokumentResource implements DokumentApi {

  @Inject DokumentService dokumente;

  @Override
  public Response hochladen(String nummer, String dateiname, InputStream inhalt) {
    DokumentDto d = dokumente.hochladen(nummer, dekodiert(dateiname), inhalt);
    return Response.created(
            UriBuilder.fromPath("vorgaenge/{n}/dokumente/{id}").build(nummer, d.id()))
        .entity(d)
        .build();
  }

  /** The header carries the name percent-encoded (UTF-8); a plain name passes unchanged. */
  static String dekodiert(String dateiname) {
    if (dateiname == null) {
      return null;
    }
    try {
      return URLDecoder.decode(dateiname, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return dateiname;
    }
  }

  @Override
  public List<DokumentDto> liste(String nummer) {
    return dokumente.liste(nummer);
  }

  @Override
  public Response herunterladen(String nummer, long id, boolean inline) {
    Datei d = dokumente.herunterladen(nummer, id);
    return Response.ok(d.daten(), d.medientyp())
        .header(
            "Content-Disposition",
            (inline ? "inline" : "attachment")
                + "; filename*=UTF-8''"
                + URLEncoder.encode(d.dateiname(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }
}
