package de.buergernah.kern.dokument;

import java.text.Normalizer;

/**
 * A file name safe to show and to send in a Content-Disposition header: no path, no control or
 * markup characters, at most 100 characters, with the extension of the detected type.
 */
public final class Dateiname {

  private Dateiname() {}

  public static String bereinigen(String roh, Medientyp typ) {
    String name = roh == null ? "" : Normalizer.normalize(roh, Normalizer.Form.NFC);
    int schraegstrich = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(schraegstrich + 1);
    name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceAll("_+", "_").trim();
    int punkt = name.lastIndexOf('.');
    String stamm = punkt > 0 ? name.substring(0, punkt) : name;
    stamm = stamm.replaceAll("^[. ]+", "");
    if (stamm.isBlank()) {
      stamm = "dokument";
    }
    if (stamm.length() > 90) {
      stamm = stamm.substring(0, 90);
    }
    return stamm + "." + typ.endung();
  }
}
