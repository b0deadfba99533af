package de.buergernah.kern.vorgang;

import java.util.regex.Pattern;

/** A readable case number such as {@code HST-2026-000123}: procedure prefix, year, sequence. */
public record Vorgangsnummer(String wert) {

  private static final Pattern FORM = Pattern.compile("[A-Z]{2,5}-\\d{4}-\\d{6}");

  public Vorgangsnummer {
    if (wert == null || !FORM.matcher(wert).matches()) {
      throw new IllegalArgumentException("keine Vorgangsnummer");
    }
  }

  public static Vorgangsnummer von(String kuerzel, int jahr, int laufendeNummer) {
    return new Vorgangsnummer(String.format("%s-%04d-%06d", kuerzel, jahr, laufendeNummer));
  }

  public static boolean istGueltig(String wert) {
    return wert != null && FORM.matcher(wert).matches();
  }

  @Override
  public String toString() {
    return wert;
  }
}
