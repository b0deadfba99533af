package de.buergernah.kern;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An account that receives payments, e.g. a Mandant's treasury (Stadtkasse).
 *
 * @param kontoinhaber the name payers transfer to, as the bank knows it
 * @param bic 8 or 11 characters, or null (within the SEPA area an IBAN is enough)
 */
public record Bankverbindung(String kontoinhaber, Iban iban, String bic) {

  private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

  public Bankverbindung {
    if (kontoinhaber == null || kontoinhaber.isBlank()) {
      throw new IllegalArgumentException("Bitte geben Sie den Kontoinhaber an.");
    }
    if (iban == null) {
      throw new IllegalArgumentException("Bitte geben Sie eine IBAN an.");
    }
    kontoinhaber = kontoinhaber.strip();
    bic = bic == null || bic.isBlank() ? null : bic.replace(" ", "").toUpperCase(Locale.ROOT);
    if (bic != null && !BIC.matcher(bic).matches()) {
      throw new IllegalArgumentException("Die BIC " + bic + " ist ungültig.");
    }
  }
}
