package de.buergernah.kern;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An IBAN, checked by its ISO 13616 check digits (mod 97). Spaces are removed and letters
 * upper-cased; {@link #formatiert()} groups it in fours for print.
 */
public record Iban(String wert) {

  private static final Pattern FORM = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
  private static final BigInteger SIEBENUNDNEUNZIG = BigInteger.valueOf(97);

  public Iban {
    if (wert == null) {
      throw new IllegalArgumentException("Bitte geben Sie eine IBAN an.");
    }
    wert = wert.replace(" ", "").toUpperCase(Locale.ROOT);
    if (!FORM.matcher(wert).matches()
        || (wert.startsWith("DE") && wert.length() != 22)
        || !pruefzifferStimmt(wert)) {
      throw new IllegalArgumentException("Die IBAN " + wert + " ist ungültig.");
    }
  }

  /** The IBAN in groups of four characters, e.g. {@code DE02 1203 0000 0000 2020 51}. */
  public String formatiert() {
    return wert.replaceAll("(.{4})(?!$)", "$1 ");
  }

  private static boolean pruefzifferStimmt(String iban) {
    String umgestellt = iban.substring(4) + iban.substring(0, 4);
    StringBuilder ziffern = new StringBuilder();
    for (char c : umgestellt.toCharArray()) {
      ziffern.append(Character.digit(c, 36));
    }
    return new BigInteger(ziffern.toString()).mod(SIEBENUNDNEUNZIG).intValue() == 1;
  }

  @Override
  public String toString() {
    return wert;
  }
}
