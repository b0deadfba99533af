package de.buergernah.terminal.server;

import de.buergernah.api.fehler.Problem;
import java.util.Optional;

/**
 * The server answered with an error status. {@code detail} is the German sentence of its
 * problem+json body, when it sent one.
 */
public final class FehlerAntwort extends ServerFehler {

  private final int status;
  private final String detail;

  FehlerAntwort(int status, String detail) {
    super("HTTP " + status, null);
    this.status = status;
    this.detail = detail;
  }

  static FehlerAntwort aus(int status, Optional<Problem> problem) {
    return new FehlerAntwort(
        status, problem.map(Problem::detail).map(FehlerAntwort::lesbar).orElse(null));
  }

  public int status() {
    return status;
  }

  /** The server's explanation, or empty when the body was no problem+json. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail).filter(d -> !d.isBlank());
  }

  /** Control characters are replaced, so a detail cannot steer the kiosk's terminal. */
  static String lesbar(String text) {
    return text == null ? null : text.replaceAll("\\p{Cntrl}", " ").strip();
  }
}
