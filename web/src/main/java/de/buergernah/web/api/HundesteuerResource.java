package de.buergernah.web.api;

import de.buergernah.api.hundesteuer.HundesteuerAnfrage;
import de.buergernah.api.hundesteuer.HundesteuerErgebnis;
import de.buergernah.api.hundesteuer.Hundesteuersatzung;
import de.buergernah.verfahren.hundesteuer.application.HundesteuerService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Dog tax: pre-check for clerks and devices; statute versions for ADMIN. */
@RequestScoped
@Path("/hundesteuer")
@Produces(MediaType.APPLICATION_JSON)
public class HundesteuerResource {

  @Inject HundesteuerService hundesteuer;

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
