package de.buergernah.verfahren.hundesteuer.application;

import de.buergernah.kern.Mandant;
import de.buergernah.kern.StandortArt;
import de.buergernah.kern.dokument.DokumentService;
import de.buergernah.kern.dokument.Medientyp;
import de.buergernah.kern.vorgang.Vorgang;
import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.verfahren.hundesteuer.domain.Eingabefehler;
import de.buergernah.verfahren.hundesteuer.domain.Hundesteuerbescheid;
import de.buergernah.verfahren.hundesteuer.domain.Hundesteuerrechner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic steps of "Hund anmelden", called by the process (also on job-executor threads, so
 * without a logged-in principal: the audit trail names the process).
 */
@ApplicationScoped
public class HundeanmeldungSchritte {

  @PersistenceContext(unitName = "buergernah")
  EntityManager em;

  @Inject HundesteuerService hundesteuer;
  @Inject Hundesteuerdokumente dokumente;
  @Inject DokumentService ablage;
  @Inject AuditService audit;

  /** Computes the tax under the statute of the case's Mandant and assigns the tag numbers. */
  @Transactional
  public Hundesteuerbescheid festsetzen(long vorgangId) {
    HundesteuerAntrag antrag = em.find(HundesteuerAntrag.class, vorgangId);
    Vorgang v = antrag.getVorgang();
    Hundesteuerbescheid b = berechnen(antrag, satzung(antrag));
    antrag.festsetzen(b.jahresbetrag(), Instant.now());
    v.statusSetzen(Vorgang.STATUS_FESTGESETZT, Instant.now());
    audit.system(
        v.getMandant().getId(),
        Aktion.AENDERN,
        "Hundeanmeldung",
        v.getId(),
        v.getNummer(),
        "Steuer festgesetzt");
    return b;
  }

  /**
   * Writes the released Steuerbescheid (PDF/A-2b with GiroCode) into the case's documents, where
   * clerk and citizen channels can fetch it.
   */
  @Transactional
  public long steuerbescheidErstellen(long vorgangId) {
    HundesteuerAntrag antrag = em.find(HundesteuerAntrag.class, vorgangId);
    Vorgang v = antrag.getVorgang();
    Mandant m = v.getMandant();
    SatzungEintrag satzung = satzung(antrag);
    Hundesteuerbescheid b = berechnen(antrag, satzung);
    List<Bescheiddaten.Posten> posten = new ArrayList<>();
    for (int i = 0; i < antrag.getHunde().size(); i++) {
      HundesteuerAntrag.AngemeldeterHund h = antrag.getHunde().get(i);
      posten.add(
          Bescheiddaten.Posten.aus(
              h.getName() == null ? (i + 1) + ". Hund" : h.getName(),
              h.getSteuermarke(),
              b.hunde().get(i)));
    }
    byte[] pdf =
        dokumente.steuerbescheid(
            new Bescheiddaten(
                behoerde(m),
                m.bankverbindung()
                    .orElseThrow(
                        () -> new IllegalStateException("Mandant ohne Bankverbindung der Kasse")),
                v.getNummer(),
                LocalDate.now(ZoneId.of("Europe/Berlin")),
                antrag.halterName(),
                antrag.halterAnschrift(),
                satzung.satzung().bezeichnung(),
                antrag.getJahr(),
                posten,
                b.jahresbetrag(),
                b.faelligkeiten()));
    return ablage.systemSpeichern(
        vorgangId, "Steuerbescheid-" + v.getNummer() + ".pdf", Medientyp.PDF, pdf);
  }

  /**
   * Asks for missing documents: the case waits (NACHFORDERUNG) and the letter with the deadline is
   * written into the case's documents.
   */
  @Transactional
  public long nachfordern(long vorgangId, LocalDate frist) {
    HundesteuerAntrag antrag = em.find(HundesteuerAntrag.class, vorgangId);
    Vorgang v = antrag.getVorgang();
    v.statusSetzen(Vorgang.STATUS_NACHFORDERUNG, Instant.now());
    audit.system(
        v.getMandant().getId(),
        Aktion.AENDERN,
        "Vorgang",
        v.getId(),
        v.getNummer(),
        "Unterlagen nachgefordert bis " + frist);
    String unterlagen =
        em.find(de.buergernah.kern.vorgang.Verfahren.class, v.getVerfahren()).getUnterlagen();
    byte[] pdf =
        dokumente.nachforderung(
            new Nachforderungsdaten(
                behoerde(v.getMandant()),
                v.getNummer(),
                LocalDate.now(ZoneId.of("Europe/Berlin")),
                frist,
                antrag.halterName(),
                antrag.halterAnschrift(),
                unterlagen == null ? null : "– " + unterlagen.replace("; ", "\n– ")));
    return ablage.systemSpeichern(
        vorgangId, "Nachforderung-" + v.getNummer() + ".pdf", Medientyp.PDF, pdf);
  }

  /** The receipt of a registration, as PDF/A-2b. */
  @Transactional
  public byte[] eingangsbestaetigung(long vorgangId) {
    HundesteuerAntrag antrag = em.find(HundesteuerAntrag.class, vorgangId);
    Vorgang v = antrag.getVorgang();
    return dokumente.eingangsbestaetigung(
        new Eingangsdaten(
            behoerde(v.getMandant()),
            v.getNummer(),
            LocalDate.ofInstant(v.getAngelegtAm(), ZoneId.of("Europe/Berlin")),
            antrag.halterName(),
            antrag.halterAnschrift(),
            antrag.getHunde().stream()
                .map(
                    h ->
                        new Eingangsdaten.Hundeangabe(h.getName(), h.getRasse(), h.getGehaltenAb()))
                .toList()));
  }

  private SatzungEintrag satzung(HundesteuerAntrag antrag) {
    return hundesteuer
        .gueltigeSatzung(
            antrag.getVorgang().getMandant().getId(), LocalDate.of(antrag.getJahr(), 1, 1))
        .orElseThrow(
            () -> new IllegalStateException("keine Hundesteuersatzung für " + antrag.getJahr()));
  }

  private static Hundesteuerbescheid berechnen(HundesteuerAntrag antrag, SatzungEintrag satzung) {
    try {
      return Hundesteuerrechner.berechnen(
          satzung.satzung(),
          antrag.getJahr(),
          antrag.getHunde().stream()
              .map(HundesteuerAntrag.AngemeldeterHund::fuerBerechnung)
              .toList(),
          antrag.ermaessigungen());
    } catch (Eingabefehler e) {
      throw new IllegalStateException("Antrag nicht berechenbar: " + e.getMessage(), e);
    }
  }

  /**
   * Sender of the letters: the Mandant's Steueramt at its town hall (Standort of kind
   * BUERGERBUERO).
   */
  private Behoerde behoerde(Mandant m) {
    String anschrift =
        em.createQuery(
                "select s.anschrift from Standort s where s.mandant = :m and s.art = :art order by s.id",
                String.class)
            .setParameter("m", m)
            .setParameter("art", StandortArt.BUERGERBUERO)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new Behoerde(m.getName(), "Steueramt", anschrift);
  }

  @Transactional
  public void status(long vorgangId, String status) {
    Vorgang v = em.find(Vorgang.class, vorgangId);
    v.statusSetzen(status, Instant.now());
    audit.system(
        v.getMandant().getId(),
        Aktion.AENDERN,
        "Vorgang",
        v.getId(),
        v.getNummer(),
        "Status " + status);
  }
}
