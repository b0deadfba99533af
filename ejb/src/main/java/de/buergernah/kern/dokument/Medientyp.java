package de.buergernah.kern.dokument;

import java.util.Optional;

/** The allowed document types, recognised by their leading bytes (never by name or header). */
public enum Medientyp {
  PDF("application/pdf", "pdf"),
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  TIFF("image/tiff", "tif");

  private final String mime;
  private final String endung;

  Medientyp(String mime, String endung) {
    this.mime = mime;
    this.endung = endung;
  }

  public String mime() {
    return mime;
  }

  public String endung() {
    return endung;
  }

  /** Detects the type from the first bytes; empty for anything else (executables, HTML, …). */
  public static Optional<Medientyp> erkennen(byte[] d) {
    if (beginntMit(d, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    if (beginntMit(d, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (beginntMit(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (beginntMit(d, 'I', 'I', 0x2A, 0x00) || beginntMit(d, 'M', 'M', 0x00, 0x2A)) {
      return Optional.of(TIFF);
    }
    return Optional.empty();
  }

  private static boolean beginntMit(byte[] d, int... kopf) {
    if (d == null || d.length < kopf.length) {
      return false;
    }
    for (int i = 0; i < kopf.length; i++) {
      if ((d[i] & 0xFF) != kopf[i]) {
        return false;
      }
    }
    return true;
  }
}
