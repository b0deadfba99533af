package de.buergernah.verfahren.hundesteuer.application;

import de.buergernah.api.hundesteuer.HundAngabe;
import de.buergernah.api.hundesteuer.HundesteuerAnfrage;
import de.buergernah.api.hundesteuer.HundesteuerErgebnis;
import de.buergernah.api.hundesteuer.Hundesteuersatzung;
import de.buergernah.kern.Mandant;
import de.buergernah.kern.Rolle;
import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.fehler.FachlicherFehler;
import de.buergernah.plattform.sicherheit.Akteur;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import de.buergernah.plattform.sicherheit.Berechtigung;
import de.buergernah.verfahren.hundesteuer.domain.Eingabefehler;
import de.buergernah.verfahren.hundesteuer.domain.Hund;
import de.buergernah.verfahren.hundesteuer.domain.Hundesteuerbescheid;
import de.buergernah.verfahren.hundesteuer.domain.Hundesteuerrechner;
import de.buergernah.verfahren.hundesteuer.domain.Satzung;
import de.buergernah.verfahren.hundesteuer.domain.Zeitanteil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dog tax of a household under the statute of a Mandant in force on 1 January of the year; and
 * ADMIN's versions of their own Mandant's statute.
 */
@ApplicationScoped
public class HundesteuerService {

  @PersistenceContext(unitName = "buergernah")
  EntityManager em;

  @Inject AktuellerAkteur aktuell;
  @Inject AuditService audit;
  @Inject Berechtigung berechtigung;

  /** Pre-check for clerks and devices (no personal data involved). */
  @Transactional
  public HundesteuerErgebnis berechnen(HundesteuerAnfrage a) {
    aktuell.get();
    if (a == null || a.mandant() == null || a.jahr() == null) {
      throw FachlicherFehler.ungueltig("Bitte geben Sie Mandant und Jahr an.");
    }
    if (a.jahr() < 1990 || a.jahr() > 2100) {
      throw FachlicherFehler.ungueltig(
          "Das Jahr " + a.jahr() + " liegt außerhalb des möglichen Bereichs.");
    }
    Mandant m =
        mandant(a.mandant())
            .orElseThrow(() -> FachlicherFehler.ungueltig("Unbekannter Mandant: " + a.mandant()));
    SatzungEintrag satzung =
        gueltigeSatzung(m.getId(), LocalDate.of(a.jahr(), 1, 1))
            .orElseThrow(
                () ->
                    FachlicherFehler.ungueltig(
                        "Für "
                            + m.getName()
                            + " ist für das Jahr "
                            + a.jahr()
                            + " keine Hundesteuersatzung hinterlegt."));
    List<Hund> hunde = new ArrayList<>();
    for (HundAngabe h : a.hunde() == null ? List.<HundAngabe>of() : a.hunde()) {
      if (h == null) {
        throw FachlicherFehler.ungueltig("Ein Hund ohne Angaben kann nicht berechnet werden.");
      }
      hunde.add(
          new Hund(
              h.gehaltenAb(),
              h.gehaltenBis(),
              h.geburtsdatum(),
              h.gefaehrlich(),
              h.steuerbefreit(),
              h.mikrochip(),
              h.ausTierheim()));
    }
    try {
      return ergebnis(
          Hundesteuerrechner.berechnen(satzung.satzung(), a.jahr(), hunde, a.ermaessigungen()));
    } catch (Eingabefehler e) {
      throw FachlicherFehler.ungueltig(e.getMessage());
    }
  }

  /** The versions of the own Mandant's statute, newest first (ADMIN). */
  @Transactional
  public List<Hundesteuersatzung> satzungen() {
    Akteur admin = adminPruefen();
    return em.createQuery(
            "select s from SatzungEintrag s where s.mandant.id = :m order by s.gueltigAb desc",
            SatzungEintrag.class)
        .setParameter("m", admin.mandantId())
        .getResultStream()
        .map(HundesteuerService::dto)
        .toList();
  }

  /**
   * Adds a version of the own Mandant's statute valid from {@code gueltigAb}; the version before it
   * ends the day before. Takes effect for the next computation, without a redeploy.
   */
  @Transactional
  public Hundesteuersatzung satzungAnlegen(Hundesteuersatzung neu) {
    Akteur admin = adminPruefen();
    if (neu == null
        || neu.gueltigAb() == null
        || neu.bezeichnung() == null
        || neu.bezeichnung().isBlank()) {
      throw FachlicherFehler.ungueltig(
          "Bitte geben Sie Bezeichnung und Gültigkeitsbeginn der Satzung an.");
    }
    Satzung s;
    try {
      s =
          new Satzung(
              neu.bezeichnung().trim(),
              neu.gueltigAb(),
              null,
              betrag(neu.satzErsterHund(), "Satz erster Hund"),
              betrag(neu.satzWeitererHund(), "Satz weiterer Hund"),
              betrag(neu.satzGefaehrlichErster(), "Satz gefährlicher Hund"),
              betrag(neu.satzGefaehrlichWeiterer(), "Satz weiterer gefährlicher Hund"),
              neu.satzMikrochip() == null || neu.satzMikrochip().isBlank()
                  ? null
                  : betrag(neu.satzMikrochip(), "Satz mit Mikrochip"),
              zeitanteil(neu.zeitanteil()),
              neu.mindestalterMonate() == null ? 3 : neu.mindestalterMonate(),
              neu.tierheimFreiMonate() == null ? 0 : neu.tierheimFreiMonate(),
              Satzung.faelligkeitenAus(neu.faelligkeiten() == null ? "" : neu.faelligkeiten()),
              java.util.Map.of());
    } catch (IllegalArgumentException e) {
      throw FachlicherFehler.ungueltig(e.getMessage());
    }
    List<SatzungEintrag.Ermaessigung> ermaessigungen = new ArrayList<>();
    for (Hundesteuersatzung.Ermaessigung e :
        neu.ermaessigungen() == null
            ? List.<Hundesteuersatzung.Ermaessigung>of()
            : neu.ermaessigungen()) {
      BigDecimal p = betrag(e.prozent(), "Prozent der Ermäßigung " + e.schluessel());
      if (e.schluessel() == null
          || !e.schluessel().matches("[A-Z][A-Z0-9_]{1,39}")
          || p.signum() <= 0
          || p.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw FachlicherFehler.ungueltig(
            "Ermäßigungen brauchen einen Schlüssel in Großbuchstaben und 0 < Prozent ≤ 100.");
      }
      ermaessigungen.add(
          new SatzungEintrag.Ermaessigung(
              e.schluessel(), e.bezeichnung() == null ? e.schluessel() : e.bezeichnung(), p));
    }
    boolean doppelt =
        !em.createQuery(
                "select s.id from SatzungEintrag s where s.mandant.id = :m and s.gueltigAb = :ab",
                Long.class)
            .setParameter("m", admin.mandantId())
            .setParameter("ab", neu.gueltigAb())
            .getResultList()
            .isEmpty();
    if (doppelt) {
      throw new FachlicherFehler(
          409, "konflikt", "Konflikt", "Ab diesem Tag gilt bereits eine Fassung der Satzung.");
    }
    gueltigeSatzung(admin.mandantId(), neu.gueltigAb())
        .ifPresent(vorher -> vorher.endenVor(neu.gueltigAb()));
    SatzungEintrag eintrag =
        new SatzungEintrag(
            em.getReference(Mandant.class, admin.mandantId()),
            neu.gueltigAb(),
            s,
            neu.quelle(),
            neu.befreiungsgruende(),
            ermaessigungen,
            admin.name());
    em.createQuery(
            "select min(s.gueltigAb) from SatzungEintrag s where s.mandant.id = :m and s.gueltigAb > :ab",
            LocalDate.class)
        .setParameter("m", admin.mandantId())
        .setParameter("ab", neu.gueltigAb())
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .ifPresent(eintrag::endenVor);
    em.persist(eintrag);
    em.flush();
    audit.protokollieren(
        Aktion.AENDERN,
        "Hundesteuersatzung",
        eintrag.getId(),
        null,
        "gültig ab " + neu.gueltigAb());
    return dto(eintrag);
  }

  Optional<SatzungEintrag> gueltigeSatzung(long mandantId, LocalDate stichtag) {
    return em.createQuery(
            "select s from SatzungEintrag s where s.mandant.id = :m and s.gueltigAb <= :t and (s.gueltigBis is null or s.gueltigBis >= :t) order by s.gueltigAb desc",
            SatzungEintrag.class)
        .setParameter("m", mandantId)
        .setParameter("t", stichtag)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Optional<Mandant> mandant(String schluessel) {
    return em.createQuery("select m from Mandant m where m.schluessel = :s", Mandant.class)
        .setParameter("s", schluessel)
        .getResultStream()
        .findFirst();
  }

  private Akteur adminPruefen() {
    return berechtigung.mitRolle(
        Rolle.ADMIN, "Hundesteuersatzung", "Satzungen pflegt die Administration.");
  }

  private static BigDecimal betrag(String text, String feld) {
    try {
      BigDecimal b = new BigDecimal(text == null ? "" : text.trim());
      if (b.signum() < 0 || b.scale() > 2) {
        throw new NumberFormatException();
      }
      return b;
    } catch (NumberFormatException e) {
      throw FachlicherFehler.ungueltig(feld + ": bitte einen Betrag wie 108.00 angeben.");
    }
  }

  private static Zeitanteil zeitanteil(String text) {
    try {
      return Zeitanteil.valueOf(text == null ? "" : text.trim());
    } catch (IllegalArgumentException e) {
      throw FachlicherFehler.ungueltig("Zeitanteil muss MONAT oder QUARTAL sein.");
    }
  }

  static HundesteuerErgebnis ergebnis(Hundesteuerbescheid b) {
    return new HundesteuerErgebnis(
        b.jahresbetrag().toPlainString(),
        b.hunde().stream()
            .map(
                p ->
                    new HundesteuerErgebnis.Hund(
                        p.steuersatz().toPlainString(),
                        p.betrag().toPlainString(),
                        p.steuerpflichtVon(),
                        p.steuerpflichtBis()))
            .toList(),
        b.faelligkeiten().stream()
            .map(r -> new HundesteuerErgebnis.Faelligkeit(r.datum(), r.betrag().toPlainString()))
            .toList());
  }

  static Hundesteuersatzung dto(SatzungEintrag e) {
    Satzung s = e.satzung();
    return new Hundesteuersatzung(
        e.getId(),
        e.getMandant().getSchluessel(),
        e.getGueltigAb(),
        e.getGueltigBis(),
        s.bezeichnung(),
        e.getQuelle(),
        s.satzErsterHund().toPlainString(),
        s.satzWeitererHund().toPlainString(),
        s.satzGefaehrlichErster().toPlainString(),
        s.satzGefaehrlichWeiterer().toPlainString(),
        s.satzMikrochip() == null ? null : s.satzMikrochip().toPlainString(),
        s.zeitanteil().name(),
        s.mindestalterMonate(),
        s.tierheimFreiMonate(),
        e.getFaelligkeiten(),
        e.getBefreiungsgruende(),
        e.getErmaessigungen().stream()
            .map(
                x ->
                    new Hundesteuersatzung.Ermaessigung(
                        x.getSchluessel(), x.getBezeichnung(), x.getProzent().toPlainString()))
            .toList());
  }
}
