package de.buergernah.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The project's own API; explicit classes, so Camunda's REST resources stay out of it. */
@ApplicationPath("/api/v1")
public class ApiAnwendung extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ApiAnmeldung.class,
        KeinZwischenspeichern.class,
        JsonKonfiguration.class,
        FehlerAbbildung.class,
        FehlerAbbildung.Unerwartet.class,
        FehlerAbbildung.Http.class,
        FehlerAbbildung.Json.class,
        GesundheitResource.class,
        VorgangResource.class,
        DokumentResource.class,
        VerwaltungResource.class,
        AuditResource.class,
        HundesteuerResource.class,
        AufgabenResource.class,
        VerfahrenResource.class,
        EingangsbestaetigungResource.class);
  }
}
