package de.buergernah.verfahren.hundesteuer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.buergernah.kern.Bankverbindung;
import de.buergernah.kern.Iban;
import de.buergernah.plattform.berichte.Berichtsdrucker;
import de.buergernah.plattform.berichte.PdfInhalt;
import de.buergernah.verfahren.hundesteuer.domain.Hund;
import de.buergernah.verfahren.hundesteuer.domain.Hundesteuerbescheid;
import de.buergernah.verfahren.hundesteuer.domain.Hundesteuerrechner;
import de.buergernah.verfahren.hundesteuer.domain.Satzung;
import de.buergernah.verfahren.hundesteuer.domain.Zeitanteil;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Generates the receipt and the tax notice from invented fixture data and reads them back as a
 * citizen's viewer and banking app would: text, GiroCode, PDF/A identification and fonts.
 */
class HundesteuerdokumenteTest {

  private final Hundesteuerdokumente dokumente = dokumente();

  static Hundesteuerdokumente dokumente() {
    Hundesteuerdokumente d = new Hundesteuerdokumente();
    d.drucker = new Berichtsdrucker();
    return d;
  }

  static Behoerde steueramt() {
    return new Behoerde("Stadt Musterstadt", "Steueramt", "Marktplatz 1, 01234 Musterstadt");
  }

  static Bankverbindung stadtkasse() {
    return new Bankverbindung(
        "Stadtkasse Musterstadt", new Iban("DE02120300000000202051"), "BYLADEM1001");
  }

  /** Musterstadt taxes like Dresden (108 € first dog) but collects in two halves. */
  static Satzung musterstadt() {
    return new Satzung(
        "Hundesteuersatzung der Stadt Musterstadt",
        LocalDate.of(2020, 1, 1),
        null,
        new BigDecimal("108"),
        new BigDecimal("144"),
        new BigDecimal("108"),
        new BigDecimal("144"),
        null,
        Zeitanteil.MONAT,
        3,
        0,
        Satzung.faelligkeitenAus("02-15,08-15"),
        Map.of());
  }

  /**
   * Erika Mustermann keeps Bello since December 2025 and the assistance dog Flöckchen (exempt):
   * 108,00 € for 2026, due in two instalments of 54,00 € on 15.02. and 15.08.2026.
   */
  static Bescheiddaten bescheidMustermann() {
    Hundesteuerbescheid b =
        Hundesteuerrechner.berechnen(
            musterstadt(),
            2026,
            List.of(
                new Hund(LocalDate.of(2025, 12, 20), null, null, false, false, false, false),
                new Hund(LocalDate.of(2026, 1, 5), null, null, false, true, false, false)),
            List.of());
    return new Bescheiddaten(
        steueramt(),
        stadtkasse(),
        "HST-2026-000042",
        LocalDate.of(2026, 1, 20),
        "Erika Mustermann",
        "Heidestraße 17, 01234 Musterstadt",
        "Hundesteuersatzung der Stadt Musterstadt",
        2026,
        List.of(
            Bescheiddaten.Posten.aus("Bello", "2026-000042/1", b.hunde().get(0)),
            Bescheiddaten.Posten.aus("Flöckchen", "2026-000042/2", b.hunde().get(1))),
        b.jahresbetrag(),
        b.faelligkeiten());
  }

  static Eingangsdaten eingangMustermann() {
    return new Eingangsdaten(
        steueramt(),
        "HST-2026-000042",
        LocalDate.of(2026, 1, 12),
        "Erika Mustermann",
        "Heidestraße 17, 01234 Musterstadt",
        List.of(
            new Eingangsdaten.Hundeangabe("Bello", "Golden Retriever", LocalDate.of(2025, 12, 20)),
            new Eingangsdaten.Hundeangabe(
                "Flöckchen", "Labrador (Assistenzhund)", LocalDate.of(2026, 1, 5))));
  }

  @Test
  void steuerbescheidZeigtHalterHundeBetraegeUndFaelligkeiten() {
    PdfInhalt pdf = PdfInhalt.von(dokumente.steuerbescheid(bescheidMustermann()));
    String text = pdf.text();

    assertEquals(1, pdf.seiten(), text);
    for (String erwartet :
        List.of(
            "Stadt Musterstadt",
            "Steueramt",
            "Erika Mustermann",
            "Heidestraße 17",
            "01234 Musterstadt",
            "HST-2026-000042",
            "20.01.2026",
            "Bescheid über die Festsetzung der Hundesteuer 2026",
            "nach der Hundesteuersatzung der Stadt Musterstadt",
            "Bello 2026-000042/1 01.01.2026–31.12.2026 108,00 € 108,00 €",
            "Flöckchen 2026-000042/2 nicht steuerpflichtig 0,00 € 0,00 €",
            "Festgesetzte Hundesteuer 2026 108,00 €",
            "Fälligkeiten",
            "fällig am 15.02.2026 54,00 €",
            "fällig am 15.08.2026 54,00 €",
            "Stadtkasse Musterstadt",
            "IBAN: DE02 1203 0000 0000 2020 51",
            "BIC: BYLADEM1001",
            "Verwendungszweck: HST-2026-000042",
            "Rechtsbehelfsbelehrung",
            "innerhalb eines Monats nach seiner Bekanntgabe Widerspruch",
            "bei der Stadt Musterstadt, Steueramt, Marktplatz 1, 01234 Musterstadt",
            "§ 70 der Verwaltungsgerichtsordnung",
            "außerhalb Ihrer Wohnung",
            "Mit freundlichen Grüßen",
            "Seite 1 von 1")) {
      assertTrue(text.contains(erwartet), () -> "„" + erwartet + "“ fehlt in: " + text);
    }
  }

  @Test
  void giroCodeUeberweistDieErsteRateAnDieStadtkasse() {
    PdfInhalt pdf = PdfInhalt.von(dokumente.steuerbescheid(bescheidMustermann()));

    assertEquals(
        "BCD\n002\n1\nSCT\nBYLADEM1001\nStadtkasse Musterstadt\nDE02120300000000202051\n"
            + "EUR54.00\n\n\nHST-2026-000042",
        pdf.qrCode(0));
  }

  @Test
  void betraegeMitTausenderpunkt() {
    Bescheiddaten d = bescheidMustermann();
    BigDecimal hoch = new BigDecimal("1234.50");
    Bescheiddaten teuer =
        new Bescheiddaten(
            d.behoerde(),
            d.kasse(),
            d.vorgangsnummer(),
            d.bescheidVom(),
            d.halterName(),
            d.halterAnschrift(),
            d.satzung(),
            2026,
            List.of(
                new Bescheiddaten.Posten(
                    "Rex", "2026-000042/1", hoch, hoch, LocalDate.of(2026, 1, 1), null)),
            hoch,
            List.of(new Hundesteuerbescheid.Rate(LocalDate.of(2026, 2, 15), hoch)));
    PdfInhalt pdf = PdfInhalt.von(dokumente.steuerbescheid(teuer));

    assertTrue(pdf.text().contains("Festgesetzte Hundesteuer 2026 1.234,50 €"), pdf.text());
    assertTrue(pdf.qrCode(0).contains("\nEUR1234.50\n"));
  }

  @Test
  void ohneZahlungKeinGiroCode() {
    Bescheiddaten d = bescheidMustermann();
    Bescheiddaten frei =
        new Bescheiddaten(
            d.behoerde(),
            d.kasse(),
            d.vorgangsnummer(),
            d.bescheidVom(),
            d.halterName(),
            null,
            d.satzung(),
            2026,
            List.of(d.hunde().get(1)),
            new BigDecimal("0.00"),
            List.of());
    PdfInhalt pdf = PdfInhalt.von(dokumente.steuerbescheid(frei));

    assertTrue(pdf.text().contains("Es ist kein Betrag zu zahlen."), pdf.text());
    assertFalse(pdf.text().contains("GiroCode"), pdf.text());
    assertThrows(AssertionError.class, () -> pdf.qrCode(0));
  }

  @Test
  void nachforderungNenntUnterlagenUndFrist() {
    PdfInhalt pdf =
        PdfInhalt.von(
            dokumente.nachforderung(
                new Nachforderungsdaten(
                    steueramt(),
                    "HST-2026-000042",
                    java.time.LocalDate.of(2026, 1, 12),
                    java.time.LocalDate.of(2026, 1, 26),
                    "Erika Mustermann",
                    "Heidestraße 17, 01234 Musterstadt",
                    "– Nachweis Sozialpass")));
    String text = pdf.text();
    for (String erwartet :
        List.of(
            "Bitte reichen Sie Unterlagen nach",
            "HST-2026-000042",
            "Nachweis Sozialpass",
            "bis zum 26.01.2026",
            "Erika Mustermann",
            "zurückgezogen")) {
      assertTrue(text.contains(erwartet), () -> "„" + erwartet + "“ fehlt in: " + text);
    }
  }

  @Test
  void eingangsbestaetigungNenntVorgangEingangHalterUndHunde() {
    PdfInhalt pdf = PdfInhalt.von(dokumente.eingangsbestaetigung(eingangMustermann()));
    String text = pdf.text();

    for (String erwartet :
        List.of(
            "Stadt Musterstadt",
            "Eingangsbestätigung",
            "Erika Mustermann",
            "Heidestraße 17",
            "Vorgangsnummer HST-2026-000042",
            "Eingang 12.01.2026",
            "am 12.01.2026 erhalten",
            "Bello Golden Retriever 20.12.2025",
            "Flöckchen Labrador (Assistenzhund) 05.01.2026",
            "Den Steuerbescheid",
            "senden wir Ihnen gesondert zu",
            "Mit freundlichen Grüßen")) {
      assertTrue(text.contains(erwartet), () -> "„" + erwartet + "“ fehlt in: " + text);
    }
  }

  @Test
  void beideDokumenteSindPdfA2bMitEingebettetenSchriften() {
    for (byte[] dokument :
        List.of(
            dokumente.eingangsbestaetigung(eingangMustermann()),
            dokumente.steuerbescheid(bescheidMustermann()))) {
      PdfInhalt pdf = PdfInhalt.von(dokument);
      String xmp = pdf.xmp();

      assertTrue(Pattern.compile("pdfaid:part(=\"|>)2").matcher(xmp).find(), xmp);
      assertTrue(Pattern.compile("pdfaid:conformance(=\"|>)B").matcher(xmp).find(), xmp);
      assertTrue(pdf.hatOutputIntentMitIccProfil());
      assertEquals(List.of(), pdf.pdfA2bVerstoesse());
      assertFalse(pdf.schriften().isEmpty());
      for (PdfInhalt.Schrift s : pdf.schriften()) {
        assertTrue(s.eingebettet(), s + " ist nicht eingebettet");
        assertTrue(s.name().contains("DejaVu"), s.name());
      }
    }
  }
}
