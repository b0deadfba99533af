package de.buergernah.api.vorgang;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Cases (Vorgänge) of the caller's Mandant. */
@Path("/vorgaenge")
@Produces(MediaType.APPLICATION_JSON)
public interface VorgangApi {

  /** Opens a case; answers 201 with the {@link VorgangDto} and its readable number. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  Response anlegen(NeuerVorgang antrag);

  /** One case; 404 when it does not exist for the caller's Mandant. */
  @GET
  @Path("/{nummer}")
  VorgangDto lesen(@PathParam("nummer") String nummer);
}
