package de.buergernah.terminal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * The agent's configuration from the environment: {@code BUERGERNAH_SERVER} (base URL), {@code
 * BUERGERNAH_GERAETEZUGANG} (the device credential created by ADMIN), optional {@code
 * BUERGERNAH_DRUCKER} (CUPS printer for receipts) and {@code BUERGERNAH_ABLAGE} (folder for
 * receipts when no printer is set, default {@code ablage}).
 *
 * @param drucker null: receipts go to the Ablage
 */
public record AgentKonfiguration(URI server, String geraetezugang, String drucker, Path ablage) {

  public static final String SERVER = "BUERGERNAH_SERVER";
  public static final String GERAETEZUGANG = "BUERGERNAH_GERAETEZUGANG";
  public static final String DRUCKER = "BUERGERNAH_DRUCKER";
  public static final String ABLAGE = "BUERGERNAH_ABLAGE";

  /** Messages never quote the credential, not even a malformed one. */
  public AgentKonfiguration {
    if (server == null
        || !("http".equals(server.getScheme()) || "https".equals(server.getScheme()))
        || server.getHost() == null) {
      throw new IllegalArgumentException(SERVER + " muss eine http(s)-Adresse sein");
    }
    if (geraetezugang == null
        || !geraetezugang.startsWith("bn1.")
        || !geraetezugang.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(
          GERAETEZUGANG + " fehlt oder hat nicht die Form bn1.<kennung>.<geheimnis>");
    }
    if (drucker != null && !drucker.matches("[^\\s/#\\\\'\"-][^\\s/#\\\\'\"]{0,126}")) {
      // CUPS names have no blanks, slashes or #; a leading '-' would read as an option of lp
      throw new IllegalArgumentException(DRUCKER + " ist kein gültiger CUPS-Druckername");
    }
    if (ablage == null) {
      throw new IllegalArgumentException(ABLAGE + " fehlt");
    }
  }

  public static AgentKonfiguration aus(Map<String, String> umgebung) {
    URI server;
    try {
      server = URI.create(umgebung.getOrDefault(SERVER, "http://localhost:8080").strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(SERVER + " ist keine gültige Adresse");
    }
    String drucker = umgebung.get(DRUCKER);
    String ablage = umgebung.get(ABLAGE);
    return new AgentKonfiguration(
        server,
        umgebung.get(GERAETEZUGANG),
        drucker == null || drucker.isBlank() ? null : drucker.strip(),
        Path.of(ablage == null || ablage.isBlank() ? "ablage" : ablage));
  }

  /** The API base, e.g. {@code http://localhost:8080/api/v1/}. */
  public URI api() {
    return server.resolve("/api/v1/");
  }

  @Override
  public String toString() {
    return "AgentKonfiguration["
        + server
        + ", Zugang ***, Drucker "
        + (drucker == null ? "keiner" : drucker)
        + ", Ablage "
        + ablage
        + "]";
  }
}
