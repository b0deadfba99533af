package de.buergernah.verfahren.hundesteuer.application;

import de.buergernah.kern.Bankverbindung;
import de.buergernah.plattform.berichte.Berichtsdrucker;
import de.buergernah.plattform.berichte.GiroCode;
import de.buergernah.verfahren.hundesteuer.domain.Hundesteuerbescheid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The letters of "Hund anmelden" as PDF/A-2b: the receipt (Eingangsbestätigung) and the tax notice
 * (Steuerbescheid). The templates live in {@code
 * src/main/resources/verfahren/hundesteuer/berichte/}; this class only maps the data records to
 * report parameters and rows.
 */
@ApplicationScoped
public class Hundesteuerdokumente {

  static final String EINGANGSBESTAETIGUNG = "verfahren/hundesteuer/berichte/Eingangsbestaetigung";
  static final String STEUERBESCHEID = "verfahren/hundesteuer/berichte/Steuerbescheid";
  static final String NACHFORDERUNG = "verfahren/hundesteuer/berichte/Nachforderung";

  @Inject Berichtsdrucker drucker;

  /** The receipt the citizen gets when the application has arrived. */
  public byte[] eingangsbestaetigung(Eingangsdaten d) {
    Map<String, Object> p = briefkopf(d.behoerde(), d.halterName(), d.halterAnschrift());
    p.put("VORGANGSNUMMER", d.vorgangsnummer());
    p.put("EINGEGANGEN_AM", d.eingegangenAm());
    List<Map<String, Object>> zeilen = new ArrayList<>();
    for (Eingangsdaten.Hundeangabe h : d.hunde()) {
      Map<String, Object> z = new HashMap<>();
      z.put("name", h.name());
      z.put("rasse", h.rasse());
      z.put("gehaltenAb", h.gehaltenAb());
      zeilen.add(z);
    }
    return drucker.pdf(
        EINGANGSBESTAETIGUNG,
        "Eingangsbestätigung " + d.vorgangsnummer(),
        d.behoerde().mandant(),
        p,
        zeilen);
  }

  /**
   * The tax notice with dogs, amounts, due dates, the treasury's account, a GiroCode for the first
   * instalment (remittance text: the Vorgang number) and the legal-remedy note.
   */
  public byte[] steuerbescheid(Bescheiddaten d) {
    Map<String, Object> p = briefkopf(d.behoerde(), d.halterName(), d.halterAnschrift());
    p.put("VORGANGSNUMMER", d.vorgangsnummer());
    p.put("BESCHEID_VOM", d.bescheidVom());
    p.put("SATZUNG", d.satzung());
    p.put("JAHR", d.jahr());
    p.put("JAHRESBETRAG", d.jahresbetrag());
    Bankverbindung kasse = d.kasse();
    p.put("KASSE", kasse.kontoinhaber());
    p.put("IBAN", kasse.iban().formatiert());
    p.put("BIC", kasse.bic());
    List<Map<String, Object>> raten = new ArrayList<>();
    for (Hundesteuerbescheid.Rate r : d.faelligkeiten()) {
      Map<String, Object> z = new HashMap<>();
      z.put("datum", r.datum());
      z.put("betrag", r.betrag());
      raten.add(z);
    }
    p.put("FAELLIGKEITEN", raten);
    if (!d.faelligkeiten().isEmpty()) {
      Hundesteuerbescheid.Rate erste = d.faelligkeiten().get(0);
      p.put("GIROCODE", GiroCode.ueberweisung(kasse, erste.betrag(), d.vorgangsnummer()).png(4));
      p.put("GIROCODE_BETRAG", erste.betrag());
      p.put("GIROCODE_DATUM", erste.datum());
    }
    List<Map<String, Object>> zeilen = new ArrayList<>();
    for (Bescheiddaten.Posten h : d.hunde()) {
      Map<String, Object> z = new HashMap<>();
      z.put("name", h.name());
      z.put("steuermarke", h.steuermarke());
      z.put("steuersatz", h.steuersatz());
      z.put("betrag", h.betrag());
      z.put("steuerpflichtVon", h.steuerpflichtVon());
      z.put("steuerpflichtBis", h.steuerpflichtBis());
      zeilen.add(z);
    }
    return drucker.pdf(
        STEUERBESCHEID,
        "Hundesteuerbescheid " + d.jahr() + " " + d.vorgangsnummer(),
        d.behoerde().mandant(),
        p,
        zeilen);
  }

  /** The request for missing documents, with the deadline. */
  public byte[] nachforderung(Nachforderungsdaten d) {
    Map<String, Object> p = briefkopf(d.behoerde(), d.halterName(), d.halterAnschrift());
    p.put("VORGANGSNUMMER", d.vorgangsnummer());
    p.put("SCHREIBEN_VOM", d.schreibenVom());
    p.put("FRIST", d.frist());
    p.put(
        "UNTERLAGEN",
        d.unterlagen() == null || d.unterlagen().isBlank()
            ? "die in Ihrem Antrag genannten Nachweise"
            : d.unterlagen());
    return drucker.pdf(
        NACHFORDERUNG, "Nachforderung " + d.vorgangsnummer(), d.behoerde().mandant(), p, null);
  }

  private static Map<String, Object> briefkopf(Behoerde b, String name, String anschrift) {
    Map<String, Object> p = new HashMap<>();
    p.put("MANDANT", b.mandant());
    p.put("DIENSTSTELLE", b.dienststelle());
    p.put("BEHOERDE_ANSCHRIFT", b.anschrift());
    p.put("HALTER_NAME", name);
    // "Straße 1, 01234 Ort" becomes two lines in the address field
    p.put("HALTER_ANSCHRIFT", anschrift == null ? null : anschrift.replace(", ", "\n"));
    return p;
  }
}
