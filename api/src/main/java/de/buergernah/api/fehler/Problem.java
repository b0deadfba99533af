package de.buergernah.api.fehler;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}. {@code detail} is a
 * sentence a user can read (German); it never carries a stack trace or personal data.
 */
public record Problem(String type, String title, int status, String detail, String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** Base of the {@code type} URIs; each kind of problem has its own suffix. */
  public static final String TYPE_BASIS = "https://buergernah.de/probleme/";

  public static Problem von(String art, String titel, int status, String detail) {
    return new Problem(TYPE_BASIS + art, titel, status, detail, null);
  }
}
