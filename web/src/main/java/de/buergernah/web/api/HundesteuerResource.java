package de.buergernah.web.api;

import de.buergernah.api.hundesteuer.Hundeanmeldung;
import de.buergernah.api.hundesteuer.HundeanmeldungStand;
import de.buergernah.api.hundesteuer.HundesteuerAnfrage;
import de.buergernah.api.hundesteuer.HundesteuerErgebnis;
import de.buergernah.api.hundesteuer.Hundesteuersatzung;
import de.buergernah.verfahren.hundesteuer.application.HundeanmeldungService;
import de.buergernah.verfahren.hundesteuer.application.HundesteuerService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;

/** Dog tax: pre-check for clerks and devices; statute versions for ADMIN. */
@RequestScoped
@Path("/hundesteuer")
@Produces(MediaType.APPLICATION_JSON)
public class HundesteuerResource {

  @Inject HundesteuerService hundesteuer;
  @Inject HundeanmeldungService anmeldungen;

  /**
   * Submits an application "Hund anmelden". Answers 201 with the case number, or 200 with the same
   * number when the {@code Idempotency-Key} was seen before from the same caller.
   */
  @POST
  @Path("/anmeldungen")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response anmelden(
      @HeaderParam("Idempotency-Key") String schluessel, Hundeanmeldung antrag) {
    HundeanmeldungService.Eingang e = anmeldungen.einreichen(antrag, schluessel);
    return Response.status(e.neu() ? 201 : 200)
        .location(UriBuilder.fromPath("hundesteuer/anmeldungen/{n}").build(e.vorgang()))
        .entity(anmeldungen.stand(e.vorgang()))
        .build();
  }

  @GET
  @Path("/anmeldungen/{nummer}")
  public HundeanmeldungStand stand(@PathParam("nummer") String nummer) {
    return anmeldungen.stand(nummer);
  }

  @POST
  @Path("/berechnung")
  @Consumes(MediaType.APPLICATION_JSON)
  public HundesteuerErgebnis berechnen(HundesteuerAnfrage anfrage) {
    return hundesteuer.berechnen(anfrage);
  }

  @GET
  @Path("/satzungen")
  public List<Hundesteuersatzung> satzungen() {
    return hundesteuer.satzungen();
  }

  @POST
  @Path("/satzungen")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response satzungAnlegen(Hundesteuersatzung neu) {
    return Response.status(201).entity(hundesteuer.satzungAnlegen(neu)).build();
  }
}
