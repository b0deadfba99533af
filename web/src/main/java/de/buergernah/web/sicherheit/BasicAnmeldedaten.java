package de.buergernah.web.sicherheit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** User name and password from an HTTP Basic {@code Authorization} header. */
public record BasicAnmeldedaten(String benutzername, String passwort) {

  @Override
  public String toString() {
    return "BasicAnmeldedaten[" + benutzername + ", ***]";
  }

  public static Optional<BasicAnmeldedaten> aus(String kopf) {
    if (kopf == null || !kopf.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String klar =
          new String(Base64.getDecoder().decode(kopf.substring(6).trim()), StandardCharsets.UTF_8);
      int doppelpunkt = klar.indexOf(':');
      if (doppelpunkt < 0) {
        return Optional.empty();
      }
      return Optional.of(
          new BasicAnmeldedaten(klar.substring(0, doppelpunkt), klar.substring(doppelpunkt + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
