package de.buergernah.verfahren.hundesteuer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked cases derived by hand from the statutes in
 * shared/domain/reference/hundesteuer-satzungen-sachsen.md. The fixtures are typed here
 * independently of the demo seed, so a wrong seed fails the ITs.
 */
class HundesteuerrechnerTest {

  static final List<java.time.MonthDay> QUARTALSWEISE =
      Satzung.faelligkeitenAus("02-15,05-15,08-15,11-15");

  static Satzung dresden() {
    return new Satzung(
        "Dresden 2002",
        LocalDate.of(2003, 1, 1),
        null,
        eur("108"),
        eur("144"),
        eur("108"),
        eur("144"),
        null,
        Zeitanteil.MONAT,
        3,
        0,
        QUARTALSWEISE,
        Map.of());
  }

  static Satzung krauschwitz() {
    return new Satzung(
        "Krauschwitz",
        LocalDate.of(2020, 1, 1),
        null,
        eur("45"),
        eur("55"),
        eur("397"),
        eur("525"),
        null,
        Zeitanteil.QUARTAL,
        3,
        0,
        QUARTALSWEISE,
        Map.of());
  }

  static Satzung leipzig2025() {
    return new Satzung(
        "Leipzig bis 2025",
        LocalDate.of(2020, 1, 1),
        LocalDate.of(2025, 12, 31),
        eur("96"),
        eur("192"),
        eur("96"),
        eur("192"),
        null,
        Zeitanteil.MONAT,
        3,
        0,
        QUARTALSWEISE,
        Map.of());
  }

  static Satzung leipzig2026() {
    return new Satzung(
        "Leipzig ab 2026",
        LocalDate.of(2026, 1, 1),
        null,
        eur("150"),
        eur("150"),
        eur("150"),
        eur("150"),
        eur("120"),
        Zeitanteil.MONAT,
        6,
        6,
        QUARTALSWEISE,
        Map.of("SOZIALPASS", new BigDecimal("50")));
  }

  static BigDecimal eur(String s) {
    return new BigDecimal(s);
  }

  static Hund hund() {
    return new Hund(null, null, null, false, false, false, false);
  }

  static Hund ab(String datum) {
    return new Hund(LocalDate.parse(datum), null, null, false, false, false, false);
  }

  static Hund bis(String datum) {
    return new Hund(null, LocalDate.parse(datum), null, false, false, false, false);
  }

  static void betraege(Hundesteuerbescheid b, String jahresbetrag, String... raten) {
    assertEquals(eur(jahresbetrag), b.jahresbetrag());
    assertEquals(
        List.of(raten), b.faelligkeiten().stream().map(r -> r.datum() + "=" + r.betrag()).toList());
  }

  @Nested
  class Dresden {

    @Test
    void einHundImGanzenJahrZahlt108InVierRatenZu27() {
      betraege(
          Hundesteuerrechner.berechnen(dresden(), 2025, List.of(hund()), Set.of()),
          "108.00",
          "2025-02-15=27.00",
          "2025-05-15=27.00",
          "2025-08-15=27.00",
          "2025-11-15=27.00");
    }

    @Test
    void derZweiteHundKostet144UndDieRatenSind27Plus36() {
      Hundesteuerbescheid b =
          Hundesteuerrechner.berechnen(dresden(), 2025, List.of(hund(), hund()), Set.of());
      assertEquals(eur("144.00"), b.hunde().get(1).steuersatz());
      betraege(
          b,
          "252.00",
          "2025-02-15=63.00",
          "2025-05-15=63.00",
          "2025-08-15=63.00",
          "2025-11-15=63.00");
    }

    @Test
    void haltungAb20JuniIstAbJuliSteuerpflichtig() {
      Hundesteuerbescheid b =
          Hundesteuerrechner.berechnen(dresden(), 2025, List.of(ab("2025-06-20")), Set.of());
      assertEquals(LocalDate.of(2025, 7, 1), b.hunde().get(0).steuerpflichtVon());
      assertEquals(LocalDate.of(2025, 12, 31), b.hunde().get(0).steuerpflichtBis());
      assertEquals(eur("108.00"), b.hunde().get(0).steuersatz());
      betraege(b, "54.00", "2025-08-15=27.00", "2025-11-15=27.00");
    }

    @Test
    void haltungAmErstenEinesMonatsBeginntErstImFolgemonatAberAmErstenJanuarSofort() {
      assertEquals(
          LocalDate.of(2025, 4, 1),
          Hundesteuerrechner.berechnen(dresden(), 2025, List.of(ab("2025-03-01")), Set.of())
              .hunde()
              .get(0)
              .steuerpflichtVon());
      betraege(
          Hundesteuerrechner.berechnen(dresden(), 2025, List.of(ab("2025-01-01")), Set.of()),
          "108.00",
          "2025-02-15=27.00",
          "2025-05-15=27.00",
          "2025-08-15=27.00",
          "2025-11-15=27.00");
    }

    @Test
    void endeAm10AprilZahltBisEndeApril() {
      Hundesteuerbescheid b =
          Hundesteuerrechner.berechnen(dresden(), 2025, List.of(bis("2025-04-10")), Set.of());
      assertEquals(LocalDate.of(2025, 4, 30), b.hunde().get(0).steuerpflichtBis());
      betraege(b, "36.00", "2025-02-15=27.00", "2025-05-15=9.00");
    }

    @Test
    void einWelpeWirdErstDreiMonateNachDerGeburtSteuerpflichtig() {
      Hund welpe =
          new Hund(
              LocalDate.of(2025, 3, 10),
              null,
              LocalDate.of(2025, 3, 10),
              false,
              false,
              false,
              false);
      Hundesteuerbescheid b =
          Hundesteuerrechner.berechnen(dresden(), 2025, List.of(welpe), Set.of());
      assertEquals(LocalDate.of(2025, 7, 1), b.hunde().get(0).steuerpflichtVon());
      assertEquals(eur("54.00"), b.jahresbetrag());
    }

    @Test
    void einBefreiterHundZaehltNichtDerSteuerpflichtigeIstErsterHund() {
      Hund blindenfuehrhund = new Hund(null, null, null, false, true, false, false);
      Hundesteuerbescheid b =
          Hundesteuerrechner.berechnen(
              dresden(), 2025, List.of(blindenfuehrhund, hund()), Set.of());
      assertEquals(eur("0.00"), b.hunde().get(0).betrag());
      assertNull(b.hunde().get(0).steuerpflichtVon());
      assertEquals(eur("108.00"), b.hunde().get(1).steuersatz());
      assertEquals(eur("108.00"), b.jahresbetrag());
    }

    @Test
    void gefaehrlicheHundeKostenInDresdenNichtMehr() {
      Hund gefaehrlich = new Hund(null, null, null, true, false, false, false);
      assertEquals(
          eur("108.00"),
          Hundesteuerrechner.berechnen(dresden(), 2025, List.of(gefaehrlich), Set.of())
              .jahresbetrag());
    }

    @Test
    void unbekannteErmaessigungUndEndeVorBeginnWerdenAbgewiesen() {
      Eingabefehler e =
          assertThrows(
              Eingabefehler.class,
              () ->
                  Hundesteuerrechner.berechnen(
                      dresden(), 2025, List.of(hund()), Set.of("SOZIALPASS")));
      assertTrue(e.getMessage().contains("SOZIALPASS"));
      Hund falsch =
          new Hund(
              LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1), null, false, false, false, false);
      assertThrows(
          Eingabefehler.class,
          () -> Hundesteuerrechner.berechnen(dresden(), 2025, List.of(falsch), Set.of()));
      assertThrows(
          Eingabefehler.class,
          () -> Hundesteuerrechner.berechnen(dresden(), 2025, List.of(), Set.of()));
    }

    @Test
    void einImVorjahrAbgemeldeterHundZahltNichts() {
      assertEquals(
          eur("0.00"),
          Hundesteuerrechner.berechnen(dresden(), 2025, List.of(bis("2024-12-10")), Set.of())
              .jahresbetrag());
    }
  }

  @Nested
  class Krauschwitz {

    @Test
    void haltungAbMaiIstAbDemFolgendenQuartalSteuerpflichtig() {
      Hundesteuerbescheid b =
          Hundesteuerrechner.berechnen(krauschwitz(), 2025, List.of(ab("2025-05-20")), Set.of());
      assertEquals(LocalDate.of(2025, 7, 1), b.hunde().get(0).steuerpflichtVon());
      betraege(b, "22.50", "2025-08-15=11.25", "2025-11-15=11.25");
    }

    @Test
    void endeImFebruarZahltDasErsteQuartal() {
      Hundesteuerbescheid b =
          Hundesteuerrechner.berechnen(krauschwitz(), 2025, List.of(bis("2025-02-10")), Set.of());
      assertEquals(LocalDate.of(2025, 3, 31), b.hunde().get(0).steuerpflichtBis());
      betraege(b, "11.25", "2025-02-15=11.25");
    }

    @Test
    void zweiHundeKosten45Und55UndEinGefaehrlicher397() {
      assertEquals(
          eur("100.00"),
          Hundesteuerrechner.berechnen(krauschwitz(), 2025, List.of(hund(), hund()), Set.of())
              .jahresbetrag());
      Hund gefaehrlich = new Hund(null, null, null, true, false, false, false);
      betraege(
          Hundesteuerrechner.berechnen(krauschwitz(), 2025, List.of(gefaehrlich), Set.of()),
          "397.00",
          "2025-02-15=99.25",
          "2025-05-15=99.25",
          "2025-08-15=99.25",
          "2025-11-15=99.25");
      assertEquals(
          eur("922.00"),
          Hundesteuerrechner.berechnen(
                  krauschwitz(), 2025, List.of(gefaehrlich, gefaehrlich), Set.of())
              .jahresbetrag());
    }
  }

  @Nested
  class Leipzig {

    @Test
    void bis2025Kostet96UndDerZweiteHund192() {
      assertEquals(
          eur("288.00"),
          Hundesteuerrechner.berechnen(leipzig2025(), 2025, List.of(hund(), hund()), Set.of())
              .jahresbetrag());
    }

    @Test
    void ab2026KostetJederHund150MitMikrochip120() {
      assertEquals(
          eur("300.00"),
          Hundesteuerrechner.berechnen(leipzig2026(), 2026, List.of(hund(), hund()), Set.of())
              .jahresbetrag());
      Hund mitChip = new Hund(null, null, null, false, false, true, false);
      Hundesteuerbescheid b =
          Hundesteuerrechner.berechnen(leipzig2026(), 2026, List.of(mitChip), Set.of());
      assertEquals(eur("120.00"), b.hunde().get(0).steuersatz());
      betraege(
          b,
          "120.00",
          "2026-02-15=30.00",
          "2026-05-15=30.00",
          "2026-08-15=30.00",
          "2026-11-15=30.00");
      Hund listenhund = new Hund(null, null, null, true, false, false, false);
      assertEquals(
          eur("150.00"),
          Hundesteuerrechner.berechnen(leipzig2026(), 2026, List.of(listenhund), Set.of())
              .jahresbetrag());
    }

    @Test
    void mitLeipzigPassDieHaelfte() {
      assertEquals(
          eur("75.00"),
          Hundesteuerrechner.berechnen(leipzig2026(), 2026, List.of(hund()), Set.of("SOZIALPASS"))
              .jahresbetrag());
      Hund mitChip = new Hund(null, null, null, false, false, true, false);
      Hundesteuerbescheid b =
          Hundesteuerrechner.berechnen(leipzig2026(), 2026, List.of(mitChip), Set.of("SOZIALPASS"));
      betraege(
          b,
          "60.00",
          "2026-02-15=15.00",
          "2026-05-15=15.00",
          "2026-08-15=15.00",
          "2026-11-15=15.00");
    }

    @Test
    void welpenBisZumSiebtenLebensmonatUndTierheimhundeSechsMonateFrei() {
      Hund welpe =
          new Hund(
              LocalDate.of(2026, 1, 10),
              null,
              LocalDate.of(2025, 12, 10),
              false,
              false,
              false,
              false);
      assertEquals(
          LocalDate.of(2026, 7, 1),
          Hundesteuerrechner.berechnen(leipzig2026(), 2026, List.of(welpe), Set.of())
              .hunde()
              .get(0)
              .steuerpflichtVon());
      Hund tierheim = new Hund(LocalDate.of(2025, 11, 20), null, null, false, false, false, true);
      Hundesteuerbescheid b =
          Hundesteuerrechner.berechnen(leipzig2026(), 2026, List.of(tierheim), Set.of());
      assertEquals(LocalDate.of(2026, 6, 1), b.hunde().get(0).steuerpflichtVon());
      assertEquals(eur("87.50"), b.jahresbetrag());
    }
  }

  @Test
  void rundungsdifferenzenLandenInDerLetztenRate() {
    Satzung krumm =
        new Satzung(
            "krumm",
            LocalDate.of(2020, 1, 1),
            null,
            eur("100"),
            eur("100"),
            eur("100"),
            eur("100"),
            null,
            Zeitanteil.MONAT,
            3,
            0,
            QUARTALSWEISE,
            Map.of("DRITTEL", new BigDecimal("33.33")));
    Hundesteuerbescheid b =
        Hundesteuerrechner.berechnen(krumm, 2025, List.of(hund()), Set.of("DRITTEL"));
    BigDecimal summe =
        b.faelligkeiten().stream()
            .map(Hundesteuerbescheid.Rate::betrag)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(b.jahresbetrag(), summe);
    assertEquals(eur("66.67"), b.jahresbetrag());
  }
}
