package de.buergernah.web.engine;

import jakarta.servlet.annotation.WebFilter;
import org.camunda.bpm.engine.rest.filter.CacheControlFilter;
import org.camunda.bpm.engine.rest.filter.EmptyBodyFilter;

/** Camunda's servlet filters the REST API expects (empty JSON bodies, no caching). */
final class EngineRestFilter {

  private EngineRestFilter() {}

  @WebFilter(urlPatterns = "/engine-rest/*", filterName = "engineRestLeererInhalt")
  public static class LeererInhalt extends EmptyBodyFilter {}

  @WebFilter(urlPatterns = "/engine-rest/*", filterName = "engineRestCache")
  public static class KeinCache extends CacheControlFilter {}
}
