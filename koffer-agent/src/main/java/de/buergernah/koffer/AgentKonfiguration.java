package de.buergernah.koffer;

import java.net.URI;
import java.util.Map;

/**
 * Where the server is and how the Koffer authenticates: {@code BUERGERNAH_SERVER} (base URL) and
 * {@code BUERGERNAH_GERAETEZUGANG} (the device credential created by ADMIN).
 */
public record AgentKonfiguration(URI server, String geraetezugang) {

  public AgentKonfiguration {
    if (server == null
        || !("http".equals(server.getScheme()) || "https".equals(server.getScheme()))) {
      throw new IllegalArgumentException("BUERGERNAH_SERVER muss eine http(s)-Adresse sein");
    }
    if (geraetezugang == null || !geraetezugang.startsWith("bn1.")) {
      throw new IllegalArgumentException(
          "BUERGERNAH_GERAETEZUGANG fehlt oder hat nicht die Form bn1.…");
    }
  }

  public static AgentKonfiguration aus(Map<String, String> umgebung) {
    return new AgentKonfiguration(
        URI.create(umgebung.getOrDefault("BUERGERNAH_SERVER", "http://localhost:8080")),
        umgebung.get("BUERGERNAH_GERAETEZUGANG"));
  }

  /** The API base, e.g. {@code http://localhost:8080/api/v1/}. */
  public URI api() {
    return server.resolve("/api/v1/");
  }

  @Override
  public String toString() {
    return "AgentKonfiguration[" + server + ", Zugang ***]";
  }
}
