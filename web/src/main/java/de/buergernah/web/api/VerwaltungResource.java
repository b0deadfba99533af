package de.buergernah.web.api;

import de.buergernah.api.verwaltung.GeraetDto;
import de.buergernah.api.verwaltung.GeraetZugang;
import de.buergernah.api.verwaltung.MitarbeiterDto;
import de.buergernah.api.verwaltung.NeuerMitarbeiter;
import de.buergernah.api.verwaltung.NeuesGeraet;
import de.buergernah.plattform.sicherheit.VerwaltungService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** ADMIN: users and devices of the own Mandant. */
@RequestScoped
@Path("/verwaltung")
@Produces(MediaType.APPLICATION_JSON)
public class VerwaltungResource {

  @Inject VerwaltungService verwaltung;

  @GET
  @Path("/mitarbeiter")
  public java.util.List<MitarbeiterDto> mitarbeiter() {
    return verwaltung.mitarbeiter();
  }

  @POST
  @Path("/mitarbeiter")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response mitarbeiterAnlegen(NeuerMitarbeiter neu) {
    return Response.status(201).entity(verwaltung.mitarbeiterAnlegen(neu)).build();
  }

  @GET
  @Path("/geraete")
  public java.util.List<GeraetDto> geraete() {
    return verwaltung.geraete();
  }

  /** Answers the device credential once; it cannot be read again. */
  @POST
  @Path("/geraete")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response geraetAnlegen(NeuesGeraet neu) {
    GeraetZugang z = verwaltung.geraetAnlegen(neu);
    return Response.status(201).entity(z).header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("/geraete/{id}/widerruf")
  public GeraetDto widerrufen(@PathParam("id") long id) {
    return verwaltung.geraetWiderrufen(id);
  }
}
