package de.buergernah.web.api;

import de.buergernah.api.vorgang.NeuerVorgang;
import de.buergernah.api.vorgang.VorgangApi;
import de.buergernah.api.vorgang.VorgangDto;
import de.buergernah.kern.vorgang.VorgangService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

@RequestScoped
public class VorgangResource implements VorgangApi {

  @Inject VorgangService vorgaenge;

  @Override
  public Response anlegen(NeuerVorgang antrag) {
    VorgangDto v = vorgaenge.anlegen(antrag);
    return Response.created(UriBuilder.fromPath("vorgaenge/{n}").build(v.nummer()))
        .entity(v)
        .build();
  }

  @Override
  public VorgangDto lesen(String nummer) {
    return vorgaenge.lesen(nummer);
  }
}
