package de.buergernah.verfahren.hundesteuer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Computes the dog tax of a household for one calendar year under one statute.
 *
 * <ul>
 *   <li>Dogs count in the given order; exempt dogs do not count (the next one is the first dog).
 *   <li>The rate is the first-dog or further-dog rate, for dangerous dogs their own rates; a
 *       microchip rate, where the statute has one, applies when it is lower.
 *   <li>A dog kept on 1 January (and old enough) is liable from 1 January; otherwise from the first
 *       day of the month or quarter after keeping starts, the dog reaches the minimum age or a
 *       shelter dog's free months end. Liability ends with the month or quarter in which keeping
 *       ends. The tax is the annual rate times the liable months / 12.
 *   <li>Reductions are percentages of a dog's tax. Amounts are rounded half-up to cents per dog.
 *   <li>The due dates split the year into equal periods; each instalment is the tax of the liable
 *       months of its period. Rounding differences go to the last instalment.
 * </ul>
 */
public final class Hundesteuerrechner {

  private static final BigDecimal ZWOELF = BigDecimal.valueOf(12);
  private static final BigDecimal HUNDERT = BigDecimal.valueOf(100);

  private Hundesteuerrechner() {}

  public static Hundesteuerbescheid berechnen(
      Satzung s, int jahr, List<Hund> hunde, Collection<String> ermaessigungen) {
    if (hunde == null || hunde.isEmpty()) {
      throw new Eingabefehler("Bitte geben Sie mindestens einen Hund an.");
    }
    BigDecimal faktor = BigDecimal.ONE;
    for (String e : ermaessigungen == null ? List.<String>of() : ermaessigungen) {
      BigDecimal prozent = s.ermaessigungen().get(e);
      if (prozent == null) {
        throw new Eingabefehler(
            "Die Ermäßigung " + e + " sieht die Satzung „" + s.bezeichnung() + "“ nicht vor.");
      }
      faktor = faktor.multiply(HUNDERT.subtract(prozent)).divide(HUNDERT);
    }
    LocalDate jan1 = LocalDate.of(jahr, 1, 1);
    LocalDate dez31 = LocalDate.of(jahr, 12, 31);
    int raten = s.faelligkeiten().size();
    int monateJeRate = 12 / raten;
    BigDecimal[] ratenSumme = new BigDecimal[raten];
    java.util.Arrays.fill(ratenSumme, BigDecimal.ZERO);

    List<Hundesteuerbescheid.Posten> posten = new ArrayList<>();
    BigDecimal jahresbetrag = BigDecimal.ZERO;
    int rang = 0;
    for (int i = 0; i < hunde.size(); i++) {
      Hund h = hunde.get(i);
      if (h.gehaltenAb() != null
          && h.gehaltenBis() != null
          && h.gehaltenBis().isBefore(h.gehaltenAb())) {
        throw new Eingabefehler(
            "Beim " + (i + 1) + ". Hund liegt das Ende der Haltung vor ihrem Beginn.");
      }
      if (h.steuerbefreit()) {
        posten.add(
            new Hundesteuerbescheid.Posten(
                geld(BigDecimal.ZERO), geld(BigDecimal.ZERO), null, null));
        continue;
      }
      rang++;
      BigDecimal satz = satz(s, h, rang);
      LocalDate beginn = beginn(s, h, jan1);
      LocalDate ende =
          h.gehaltenBis() == null
              ? dez31
              : min(periodenende(s.zeitanteil(), h.gehaltenBis()), dez31);
      if (beginn.isAfter(ende)) {
        posten.add(new Hundesteuerbescheid.Posten(geld(satz), geld(BigDecimal.ZERO), null, null));
        continue;
      }
      int vonMonat = beginn.getMonthValue();
      int bisMonat = ende.getMonthValue();
      BigDecimal monatssatz = satz.multiply(faktor);
      BigDecimal betrag =
          geld(
              monatssatz
                  .multiply(BigDecimal.valueOf(bisMonat - vonMonat + 1))
                  .divide(ZWOELF, 10, RoundingMode.HALF_UP));
      jahresbetrag = jahresbetrag.add(betrag);
      posten.add(new Hundesteuerbescheid.Posten(geld(satz), betrag, beginn, ende));
      for (int r = 0; r < raten; r++) {
        int erster = r * monateJeRate + 1;
        int letzter = erster + monateJeRate - 1;
        int ueberlappung = Math.min(letzter, bisMonat) - Math.max(erster, vonMonat) + 1;
        if (ueberlappung > 0) {
          ratenSumme[r] =
              ratenSumme[r].add(
                  monatssatz
                      .multiply(BigDecimal.valueOf(ueberlappung))
                      .divide(ZWOELF, 10, RoundingMode.HALF_UP));
        }
      }
    }
    return new Hundesteuerbescheid(
        jahr,
        geld(jahresbetrag),
        posten,
        raten(s.faelligkeiten(), jahr, ratenSumme, geld(jahresbetrag)));
  }

  private static List<Hundesteuerbescheid.Rate> raten(
      List<MonthDay> termine, int jahr, BigDecimal[] summen, BigDecimal jahresbetrag) {
    List<Hundesteuerbescheid.Rate> raten = new ArrayList<>();
    BigDecimal verteilt = BigDecimal.ZERO;
    for (int r = 0; r < summen.length; r++) {
      BigDecimal betrag = geld(summen[r]);
      if (betrag.signum() > 0) {
        raten.add(new Hundesteuerbescheid.Rate(termine.get(r).atYear(jahr), betrag));
        verteilt = verteilt.add(betrag);
      }
    }
    BigDecimal rest = jahresbetrag.subtract(verteilt);
    if (rest.signum() != 0 && !raten.isEmpty()) {
      Hundesteuerbescheid.Rate letzte = raten.remove(raten.size() - 1);
      raten.add(new Hundesteuerbescheid.Rate(letzte.datum(), letzte.betrag().add(rest)));
    }
    return List.copyOf(raten);
  }

  static BigDecimal satz(Satzung s, Hund h, int rang) {
    BigDecimal satz =
        h.gefaehrlich()
            ? (rang == 1 ? s.satzGefaehrlichErster() : s.satzGefaehrlichWeiterer())
            : (rang == 1 ? s.satzErsterHund() : s.satzWeitererHund());
    if (h.mikrochip() && s.satzMikrochip() != null) {
      satz = satz.min(s.satzMikrochip());
    }
    return satz;
  }

  /** First day of liability in the year (may lie after 31 December: not liable). */
  static LocalDate beginn(Satzung s, Hund h, LocalDate jan1) {
    LocalDate ereignis = h.gehaltenAb();
    if (h.geburtsdatum() != null) {
      ereignis = max(ereignis, h.geburtsdatum().plusMonths(s.mindestalterMonate()));
    }
    if (h.ausTierheim() && s.tierheimFreiMonate() > 0 && h.gehaltenAb() != null) {
      ereignis = max(ereignis, h.gehaltenAb().plusMonths(s.tierheimFreiMonate()));
    }
    if (ereignis == null || !ereignis.isAfter(jan1)) {
      return jan1;
    }
    return periodenanfang(s.zeitanteil(), ereignis).plusMonths(s.zeitanteil().monate());
  }

  static LocalDate periodenanfang(Zeitanteil z, LocalDate d) {
    int monat = ((d.getMonthValue() - 1) / z.monate()) * z.monate() + 1;
    return LocalDate.of(d.getYear(), monat, 1);
  }

  static LocalDate periodenende(Zeitanteil z, LocalDate d) {
    return periodenanfang(z, d).plusMonths(z.monate()).minusDays(1);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : (b == null || a.isAfter(b) ? a : b);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static BigDecimal geld(BigDecimal b) {
    return b.setScale(2, RoundingMode.HALF_UP);
  }
}
