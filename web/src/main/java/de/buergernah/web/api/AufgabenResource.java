package de.buergernah.web.api;

import de.buergernah.api.vorgang.AufgabeDto;
import de.buergernah.kern.vorgang.PosteingangService;
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
import java.util.List;
import java.util.Map;

/** The caller's inbox and completing its tasks with the clerk's decisions. */
@RequestScoped
@Path("/aufgaben")
@Produces(MediaType.APPLICATION_JSON)
public class AufgabenResource {

  @Inject PosteingangService posteingang;

  @GET
  public List<AufgabeDto> liste() {
    return posteingang.aufgaben().stream()
        .map(
            a ->
                new AufgabeDto(
                    a.id(),
                    a.schluessel(),
                    a.name(),
                    a.vorgangNummer(),
                    a.gruppe(),
                    a.erstelltAm(),
                    a.bearbeiter()))
        .toList();
  }

  @POST
  @Path("/{id}/uebernehmen")
  public Response uebernehmen(@PathParam("id") String id) {
    posteingang.uebernehmen(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/zurueckgeben")
  public Response zurueckgeben(@PathParam("id") String id) {
    posteingang.zurueckgeben(id);
    return Response.noContent().build();
  }

  /** Body: the decisions of the task, e.g. {@code {"unterlagenVollstaendig": true}}. */
  @POST
  @Path("/{id}/erledigen")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response erledigen(@PathParam("id") String id, Map<String, Object> entscheidungen) {
    posteingang.erledigen(id, entscheidungen);
    return Response.noContent().build();
  }
}
