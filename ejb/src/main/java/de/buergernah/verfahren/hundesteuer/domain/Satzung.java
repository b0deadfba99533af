package de.buergernah.verfahren.hundesteuer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of one version of a Hundesteuersatzung, as the computation needs them.
 *
 * @param satzMikrochip annual rate for a dog with a microchip (Leipzig 2026), or null
 * @param mindestalterMonate dogs are taxed from this age on (usually 3 months)
 * @param tierheimFreiMonate dogs from the animal shelter are free for this many months (0: none)
 * @param faelligkeiten due dates of the instalments; they split the year into equal periods
 * @param ermaessigungen reductions by key, in percent
 */
public record Satzung(
    String bezeichnung,
    LocalDate gueltigAb,
    LocalDate gueltigBis,
    BigDecimal satzErsterHund,
    BigDecimal satzWeitererHund,
    BigDecimal satzGefaehrlichErster,
    BigDecimal satzGefaehrlichWeiterer,
    BigDecimal satzMikrochip,
    Zeitanteil zeitanteil,
    int mindestalterMonate,
    int tierheimFreiMonate,
    List<MonthDay> faelligkeiten,
    Map<String, BigDecimal> ermaessigungen) {

  public Satzung {
    Objects.requireNonNull(satzErsterHund);
    Objects.requireNonNull(satzWeitererHund);
    Objects.requireNonNull(satzGefaehrlichErster);
    Objects.requireNonNull(satzGefaehrlichWeiterer);
    Objects.requireNonNull(zeitanteil);
    faelligkeiten = List.copyOf(faelligkeiten);
    ermaessigungen = Map.copyOf(ermaessigungen);
    if (faelligkeiten.isEmpty() || 12 % faelligkeiten.size() != 0) {
      throw new IllegalArgumentException(
          "Die Zahl der Fälligkeiten muss 12 teilen (1, 2, 3, 4, 6 oder 12).");
    }
  }

  /** Parses due dates written as {@code MM-TT,MM-TT,…}, e.g. {@code 02-15,05-15,08-15,11-15}. */
  public static List<MonthDay> faelligkeitenAus(String text) {
    try {
      return java.util.Arrays.stream(text.split(","))
          .map(String::trim)
          .map(t -> MonthDay.parse("--" + t))
          .sorted()
          .toList();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Fälligkeiten bitte als MM-TT durch Komma getrennt angeben, z. B. 02-15,05-15.");
    }
  }
}
