package de.buergernah.verfahren.hundesteuer.application;

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

/**
 * The automatic steps of "Hund anmelden", called by the process (also on job-executor threads, so
 * without a logged-in principal: the audit trail names the process).
 */
@ApplicationScoped
public class HundeanmeldungSchritte {

  @PersistenceContext(unitName = "buergernah")
  EntityManager em;

  @Inject HundesteuerService hundesteuer;
  @Inject AuditService audit;

  /** Computes the tax under the statute of the case's Mandant and assigns the tag numbers. */
  @Transactional
  public Hundesteuerbescheid festsetzen(long vorgangId) {
    HundesteuerAntrag antrag = em.find(HundesteuerAntrag.class, vorgangId);
    Vorgang v = antrag.getVorgang();
    SatzungEintrag satzung =
        hundesteuer
            .gueltigeSatzung(v.getMandant().getId(), LocalDate.of(antrag.getJahr(), 1, 1))
            .orElseThrow(
                () ->
                    new IllegalStateException("keine Hundesteuersatzung für " + antrag.getJahr()));
    Hundesteuerbescheid b;
    try {
      b =
          Hundesteuerrechner.berechnen(
              satzung.satzung(),
              antrag.getJahr(),
              antrag.getHunde().stream()
                  .map(HundesteuerAntrag.AngemeldeterHund::fuerBerechnung)
                  .toList(),
              antrag.ermaessigungen());
    } catch (Eingabefehler e) {
      throw new IllegalStateException("Antrag nicht berechenbar: " + e.getMessage(), e);
    }
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
