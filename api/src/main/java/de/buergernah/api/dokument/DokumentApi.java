package de.buergernah.api.dokument;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/**
 * Documents of a case. The upload body is the raw file; its name travels percent-encoded (UTF-8) in
 * the header {@code X-Dateiname}. The media type is detected from the bytes (PDF, JPEG, PNG, TIFF
 * only); the size is limited (default 20 MB).
 */
@Path("/vorgaenge/{nummer}/dokumente")
public interface DokumentApi {

  String HEADER_DATEINAME = "X-Dateiname";

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  Response hochladen(
      @PathParam("nummer") String nummer,
      @HeaderParam(HEADER_DATEINAME) String dateiname,
      InputStream inhalt);

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  List<DokumentDto> liste(@PathParam("nummer") String nummer);

  /**
   * The content with its detected media type; {@code inline=true} for viewing in the page. 409 when
   * the stored hash no longer matches.
   */
  @GET
  @Path("/{id}")
  Response herunterladen(
      @PathParam("nummer") String nummer,
      @PathParam("id") long id,
      @QueryParam("inline") boolean inline);
}
