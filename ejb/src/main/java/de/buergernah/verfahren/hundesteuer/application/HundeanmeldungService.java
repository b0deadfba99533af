package de.buergernah.verfahren.hundesteuer.application;

import de.buergernah.api.hundesteuer.HundAngabe;
import de.buergernah.api.hundesteuer.Hundeanmeldung;
import de.buergernah.api.hundesteuer.HundeanmeldungStand;
import de.buergernah.api.hundesteuer.HundesteuerAnfrage;
import de.buergernah.api.vorgang.Kanal;
import de.buergernah.api.vorgang.NeuerVorgang;
import de.buergernah.kern.Mandant;
import de.buergernah.kern.Person;
import de.buergernah.kern.Rolle;
import de.buergernah.kern.vorgang.Verfahren;
import de.buergernah.kern.vorgang.Vorgang;
import de.buergernah.kern.vorgang.VorgangService;
import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.fehler.FachlicherFehler;
import de.buergernah.plattform.sicherheit.Akteur;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** "Hund anmelden": takes applications from every channel and shows their state. */
@ApplicationScoped
public class HundeanmeldungService {

  public static final String VERFAHREN = "HUND_ANMELDEN";

  @PersistenceContext(unitName = "buergernah")
  EntityManager em;

  @Inject AktuellerAkteur aktuell;
  @Inject VorgangService vorgaenge;
  @Inject AuditService audit;
  @Inject HundesteuerService hundesteuer;
  @Inject HundeanmeldungSchritte schritte;

  /** The submitted case and whether this call created it (false: a retry with the same key). */
  public record Eingang(String vorgang, boolean neu) {}

  /**
   * Opens the case, stores keeper and dogs and starts the process in one transaction. A retried
   * submit with the same idempotency key returns the first case.
   */
  @Transactional
  public Eingang einreichen(Hundeanmeldung a, String idempotenzSchluessel) {
    Akteur akteur = aktuell.get();
    pruefen(a);
    Verfahren verfahren = em.find(Verfahren.class, VERFAHREN);
    Kanal kanal =
        akteur.istGeraet()
            ? akteur.geraetKanal()
            : akteur.hatRolle(Rolle.AUSSENDIENST) ? Kanal.KOFFER : Kanal.BUERGERBUERO;
    int jahr =
        a.jahr() != null
            ? a.jahr()
            : a.hunde().get(0).gehaltenAb() != null
                ? a.hunde().get(0).gehaltenAb().getYear()
                : LocalDate.now(ZoneId.of("Europe/Berlin")).getYear();
    // an application the statute cannot compute (no statute for the year, unknown reduction, end
    // before start) is refused at the door, not in the middle of the process
    hundesteuer.berechnen(
        new HundesteuerAnfrage(
            akteur.mandant(),
            jahr,
            a.hunde().stream()
                .map(
                    h ->
                        new HundAngabe(
                            h.gehaltenAb(),
                            null,
                            h.geburtsdatum(),
                            h.gefaehrlich(),
                            h.steuerbefreit(),
                            h.mikrochip(),
                            h.ausTierheim()))
                .toList(),
            a.ermaessigungen()));
    VorgangService.Eroeffnung e =
        vorgaenge.eroeffnen(
            new NeuerVorgang(VERFAHREN, verfahren.getFachbereich(), kanal, "Hund anmelden"),
            idempotenzSchluessel,
            v -> {
              Person halter =
                  new Person(
                      em.getReference(Mandant.class, akteur.mandantId()),
                      a.halter().familienname().trim(),
                      a.halter().vornamen(),
                      a.halter().geburtsdatum(),
                      a.halter().anschrift());
              em.persist(halter);
              List<HundesteuerAntrag.AngemeldeterHund> hunde = new ArrayList<>();
              for (Hundeanmeldung.Hund h : a.hunde()) {
                hunde.add(
                    new HundesteuerAntrag.AngemeldeterHund(
                        h.name(),
                        h.rasse(),
                        h.gehaltenAb(),
                        h.geburtsdatum(),
                        h.gefaehrlich(),
                        h.steuerbefreit(),
                        h.mikrochip(),
                        h.ausTierheim()));
              }
              em.persist(
                  new HundesteuerAntrag(
                      v,
                      halter,
                      jahr,
                      a.ermaessigungen() == null ? List.of() : a.ermaessigungen(),
                      hunde));
            });
    return new Eingang(e.vorgang().getNummer(), e.neu());
  }

  /** The state of a registration for whoever may read the case (audited as a read). */
  @Transactional
  public HundeanmeldungStand stand(String nummer) {
    Vorgang v = vorgaenge.ladenFuer(nummer, "Hundeanmeldung lesen");
    HundesteuerAntrag antrag = em.find(HundesteuerAntrag.class, v.getId());
    if (antrag == null) {
      throw FachlicherFehler.nichtGefunden("Dieser Vorgang ist keine Hundeanmeldung.");
    }
    audit.protokollieren(Aktion.LESEN, "Hundeanmeldung", v.getId(), v.getNummer(), null);
    return new HundeanmeldungStand(
        v.getNummer(),
        v.getStatus(),
        antrag.getJahr(),
        antrag.getJahresbetrag() == null ? null : antrag.getJahresbetrag().toPlainString(),
        antrag.getJahresbetrag() == null
            ? List.of()
            : antrag.getHunde().stream()
                .map(HundesteuerAntrag.AngemeldeterHund::getSteuermarke)
                .toList(),
        antrag.halterName(),
        antrag.halterAnschrift(),
        antrag.ermaessigungen(),
        antrag.getHunde().stream().map(HundesteuerAntrag.AngemeldeterHund::alsAngabe).toList());
  }

  /**
   * The receipt (Eingangsbestätigung) as PDF for whoever may read the case; audited as a download.
   */
  @Transactional
  public byte[] eingangsbestaetigung(String nummer) {
    Vorgang v = vorgaenge.ladenFuer(nummer, "Eingangsbestätigung");
    if (em.find(HundesteuerAntrag.class, v.getId()) == null) {
      throw FachlicherFehler.nichtGefunden("Für diesen Vorgang gibt es keine Eingangsbestätigung.");
    }
    audit.protokollieren(
        Aktion.HERUNTERLADEN, "Eingangsbestaetigung", v.getId(), v.getNummer(), null);
    return schritte.eingangsbestaetigung(v.getId());
  }

  private static void pruefen(Hundeanmeldung a) {
    if (a == null
        || a.halter() == null
        || a.halter().familienname() == null
        || a.halter().familienname().isBlank()) {
      throw FachlicherFehler.ungueltig(
          "Bitte geben Sie den Familiennamen der Halterin oder des Halters an.");
    }
    if (a.hunde() == null
        || a.hunde().isEmpty()
        || a.hunde().stream().anyMatch(java.util.Objects::isNull)) {
      throw FachlicherFehler.ungueltig("Bitte geben Sie mindestens einen Hund an.");
    }
    if (a.hunde().size() > 20) {
      throw FachlicherFehler.ungueltig("Höchstens 20 Hunde je Antrag.");
    }
    if (a.halter().familienname().length() > 200
        || (a.halter().vornamen() != null && a.halter().vornamen().length() > 200)
        || (a.halter().anschrift() != null && a.halter().anschrift().length() > 300)) {
      throw FachlicherFehler.ungueltig("Name oder Anschrift ist zu lang.");
    }
    for (Hundeanmeldung.Hund h : a.hunde()) {
      if ((h.name() != null && h.name().length() > 100)
          || (h.rasse() != null && h.rasse().length() > 100)) {
        throw FachlicherFehler.ungueltig(
            "Name oder Rasse eines Hundes ist zu lang (höchstens 100 Zeichen).");
      }
    }
    if (a.jahr() != null && (a.jahr() < 1990 || a.jahr() > 2100)) {
      throw FachlicherFehler.ungueltig(
          "Das Jahr " + a.jahr() + " liegt außerhalb des möglichen Bereichs.");
    }
  }
}
