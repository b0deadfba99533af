package de.buergernah.api.hundesteuer;

import java.time.LocalDate;
import java.util.List;

/** The computed tax: amounts as decimal strings with two places ({@code "54.00"}). */
public record HundesteuerErgebnis(
    String jahresbetrag, List<Hund> hunde, List<Faelligkeit> faelligkeiten) {

  /**
   * One dog; {@code steuerpflichtVon} and {@code -Bis} are absent when it owes nothing this year.
   */
  public record Hund(
      String steuersatz, String betrag, LocalDate steuerpflichtVon, LocalDate steuerpflichtBis) {}

  /** One instalment. */
  public record Faelligkeit(LocalDate datum, String betrag) {}
}
