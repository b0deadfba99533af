package de.buergernah.web.api;

import de.buergernah.api.betrieb.Gesundheit;
import de.buergernah.plattform.betrieb.Betriebszustand;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Open health check: 200 when database and engine are up, else 503. */
@Path("/health")
public class GesundheitResource {

  @Inject Betriebszustand zustand;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response gesundheit() {
    Gesundheit g = zustand.pruefen();
    return Response.status("UP".equals(g.status()) ? 200 : 503).entity(g).build();
  }
}
