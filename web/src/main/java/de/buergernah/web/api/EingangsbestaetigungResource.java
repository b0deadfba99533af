package de.buergernah.web.api;

import de.buergernah.verfahren.hundesteuer.application.HundeanmeldungService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The receipt of an application as PDF (so far for "Hund anmelden"); the terminal prints it. */
@RequestScoped
@Path("/vorgaenge/{nummer}/eingangsbestaetigung")
public class EingangsbestaetigungResource {

  @Inject HundeanmeldungService hundeanmeldungen;

  @GET
  @Produces("application/pdf")
  public Response eingangsbestaetigung(@PathParam("nummer") String nummer) {
    return Response.ok(hundeanmeldungen.eingangsbestaetigung(nummer), "application/pdf")
        .header(
            "Content-Disposition", "inline; filename=\"Eingangsbestaetigung-" + nummer + ".pdf\"")
        .build();
  }
}
