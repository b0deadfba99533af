package de.buergernah.web.engine;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/** Camunda's REST resources at /engine-rest (guarded by {@link EngineRestSchutz}). */
@ApplicationPath("/engine-rest")
public class EngineRestAnwendung extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> klassen = new HashSet<>();
    klassen.addAll(CamundaRestResources.getResourceClasses());
    klassen.addAll(CamundaRestResources.getConfigurationClasses());
    return klassen;
  }
}
