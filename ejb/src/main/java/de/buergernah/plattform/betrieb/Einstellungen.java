package de.buergernah.plattform.betrieb;

import java.util.Locale;

/**
 * Configuration from system properties ({@code buergernah.dokument.max-bytes}) or, when absent, the
 * matching environment variable ({@code BUERGERNAH_DOKUMENT_MAX_BYTES}). All settings are listed in
 * docs/betrieb.md.
 */
public final class Einstellungen {

  private Einstellungen() {}

  public static String text(String schluessel, String standard) {
    String wert = System.getProperty(schluessel);
    if (wert == null || wert.isBlank()) {
      wert = System.getenv(umgebungsname(schluessel));
    }
    return wert == null || wert.isBlank() ? standard : wert.trim();
  }

  public static long zahl(String schluessel, long standard) {
    String wert = text(schluessel, null);
    try {
      return wert == null ? standard : Long.parseLong(wert);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("Einstellung " + schluessel + " ist keine Zahl: " + wert, e);
    }
  }

  public static boolean schalter(String schluessel) {
    return Boolean.parseBoolean(text(schluessel, "false"));
  }

  static String umgebungsname(String schluessel) {
    return schluessel.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
