package de.buergernah.web.api;

import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditEintrag;
import de.buergernah.plattform.audit.AuditFilter;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.fehler.FachlicherFehler;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** ADMIN reads the audit trail of the own Mandant. */
@RequestScoped
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  /** One audit line as the API shows it. */
  public record Eintrag(
      Instant zeitpunkt,
      String akteur,
      String aktion,
      String objektTyp,
      String objektId,
      String vorgang,
      boolean erfolg,
      String detail) {}

  @Inject AuditService audit;

  @GET
  public List<Eintrag> suchen(
      @QueryParam("akteur") String akteur,
      @QueryParam("aktion") String aktion,
      @QueryParam("vorgang") String vorgang) {
    Aktion art;
    try {
      art = aktion == null || aktion.isBlank() ? null : Aktion.valueOf(aktion);
    } catch (IllegalArgumentException e) {
      throw FachlicherFehler.ungueltig("Unbekannte Aktion: " + aktion);
    }
    return audit.suchen(new AuditFilter(akteur, art, vorgang, null, null), 500).stream()
        .map(AuditResource::eintrag)
        .toList();
  }

  private static Eintrag eintrag(AuditEintrag e) {
    return new Eintrag(
        e.getZeitpunkt(),
        e.getAkteur(),
        e.getAktion().name(),
        e.getObjektTyp(),
        e.getObjektId(),
        e.getVorgangNummer(),
        e.isErfolg(),
        e.getDetail());
  }
}
