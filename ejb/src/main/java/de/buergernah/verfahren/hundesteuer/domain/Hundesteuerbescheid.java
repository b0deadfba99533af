package de.buergernah.verfahren.hundesteuer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The computed tax of one household for one year.
 *
 * @param hunde per dog, in the order given
 * @param faelligkeiten instalments with an amount above zero
 */
public record Hundesteuerbescheid(
    int jahr, BigDecimal jahresbetrag, List<Posten> hunde, List<Rate> faelligkeiten) {

  /**
   * One dog's tax.
   *
   * @param steuersatz the annual rate that applies to this dog (first/further, dangerous,
   *     microchip)
   * @param betrag the tax for the liable part of the year, after reductions
   * @param steuerpflichtVon null when the dog is not liable in this year (exempt, or outside it)
   */
  public record Posten(
      BigDecimal steuersatz,
      BigDecimal betrag,
      LocalDate steuerpflichtVon,
      LocalDate steuerpflichtBis) {}

  /** An instalment. */
  public record Rate(LocalDate datum, BigDecimal betrag) {}
}
