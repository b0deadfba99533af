package de.buergernah.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** API answers carry case data: no browser or proxy may keep them. */
@Provider
public class KeinZwischenspeichern implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext anfrage, ContainerResponseContext antwort) {
    antwort.getHeaders().putSingle("Cache-Control", "no-store");
    antwort.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
  }
}
