package de.buergernah.kern.vorgang;

import de.buergernah.api.vorgang.NeuerVorgang;
import de.buergernah.api.vorgang.VorgangDto;
import de.buergernah.kern.Fachbereich;
import de.buergernah.kern.Mandant;
import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.fehler.FachlicherFehler;
import de.buergernah.plattform.sicherheit.Akteur;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import de.buergernah.plattform.sicherheit.Geraet;
import de.buergernah.plattform.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Opens and reads cases; every read is audited, every refusal too. */
@ApplicationScoped
public class VorgangService {

  /** Process variable: candidate group of the department that handles the case. */
  public static final String VAR_AUFGABEN_GRUPPE = "aufgabenGruppe";

  /** Process variable: id of the case (business keys are unique only within a Mandant). */
  public static final String VAR_VORGANG_ID = "vorgangId";

  @PersistenceContext(unitName = "buergernah")
  EntityManager em;

  @Inject AktuellerAkteur aktuell;
  @Inject AuditService audit;
  @Inject Workflow workflow;

  /** Opens a case, draws its number and starts its process, all in one transaction. */
  @Transactional
  public VorgangDto anlegen(NeuerVorgang antrag) {
    return dto(eroeffnen(antrag, null, v -> {}).vorgang());
  }

  /** The opened (or, for a repeated idempotency key, the earlier) case. */
  public record Eroeffnung(Vorgang vorgang, boolean neu) {}

  /**
   * Opens a case for the current principal: checks procedure, department and channel, draws the
   * number, lets the procedure store its data ({@code vorProzessstart}) and starts the process, all
   * in one transaction. With an idempotency key, a repeated call of the same principal returns the
   * case of the first call and changes nothing.
   */
  @Transactional
  public Eroeffnung eroeffnen(
      NeuerVorgang antrag, String idempotenzSchluessel, Consumer<Vorgang> vorProzessstart) {
    Akteur a = aktuell.get();
    if (antrag == null
        || antrag.verfahren() == null
        || antrag.fachbereich() == null
        || antrag.kanal() == null) {
      throw FachlicherFehler.ungueltig("Bitte geben Sie Verfahren, Fachbereich und Kanal an.");
    }
    if (antrag.betreff() != null && antrag.betreff().length() > 200) {
      throw FachlicherFehler.ungueltig("Der Betreff darf höchstens 200 Zeichen lang sein.");
    }
    if (idempotenzSchluessel != null
        && (idempotenzSchluessel.isBlank() || idempotenzSchluessel.length() > 100)) {
      throw FachlicherFehler.ungueltig("Der Idempotency-Key muss 1 bis 100 Zeichen lang sein.");
    }
    Verfahren verfahren = em.find(Verfahren.class, antrag.verfahren());
    if (verfahren == null) {
      throw FachlicherFehler.ungueltig("Unbekanntes Verfahren: " + antrag.verfahren());
    }
    if (idempotenzSchluessel != null) {
      Vorgang frueher =
          em.createQuery(
                  "select v from Vorgang v where v.mandant.id = :m and v.angelegtVon = :a and v.idempotenzSchluessel = :k",
                  Vorgang.class)
              .setParameter("m", a.mandantId())
              .setParameter("a", a.name())
              .setParameter("k", idempotenzSchluessel)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (frueher != null) {
        if (!frueher.getVerfahren().equals(verfahren.getSchluessel())) {
          throw new FachlicherFehler(
              409,
              "konflikt",
              "Konflikt",
              "Dieser Idempotency-Key wurde schon für ein anderes Verfahren verwendet.");
        }
        return new Eroeffnung(frueher, false);
      }
    }
    Fachbereich fachbereich =
        em.createQuery(
                "select f from Fachbereich f where f.mandant.id = :m and f.schluessel = :s",
                Fachbereich.class)
            .setParameter("m", a.mandantId())
            .setParameter("s", antrag.fachbereich())
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    FachlicherFehler.ungueltig("Unbekannter Fachbereich: " + antrag.fachbereich()));
    String verweigert =
        Vorgangszugriff.anlegenVerweigert(a, fachbereich.getSchluessel(), antrag.kanal());
    if (verweigert != null) {
      audit.fehlschlag(
          a.mandantId(),
          a.name(),
          Aktion.ZUGRIFF_VERWEIGERT,
          "Vorgang",
          null,
          null,
          "anlegen: " + verweigert);
      throw FachlicherFehler.keinZugriff(verweigert);
    }
    Instant jetzt = Instant.now();
    int jahr = Year.now(ZoneId.of("Europe/Berlin")).getValue();
    Vorgangsnummer nummer =
        Vorgangsnummer.von(
            verfahren.getKuerzel(),
            jahr,
            naechsteNummer(a.mandantId(), verfahren.getKuerzel(), jahr));
    Geraet geraet = a.istGeraet() ? em.getReference(Geraet.class, a.id()) : null;
    Vorgang v =
        new Vorgang(
            em.getReference(Mandant.class, a.mandantId()),
            nummer,
            verfahren.getSchluessel(),
            fachbereich,
            antrag.kanal(),
            antrag.betreff() == null ? null : antrag.betreff().trim(),
            geraet,
            a.name(),
            jetzt);
    v.idempotenzSchluesselSetzen(idempotenzSchluessel);
    try {
      em.persist(v);
      em.flush();
    } catch (PersistenceException e) {
      // the same key arrived twice at the same moment; the other request created the case
      throw new FachlicherFehler(
          409,
          "konflikt",
          "Konflikt",
          "Dieser Antrag wird gerade schon angelegt. Bitte wiederholen Sie die Anfrage.");
    }
    vorProzessstart.accept(v);
    v.prozessVerknuepfen(
        workflow.starten(
            verfahren.getProzessSchluessel(),
            nummer.wert(),
            Map.of(VAR_AUFGABEN_GRUPPE, fachbereich.aufgabenGruppe(), VAR_VORGANG_ID, v.getId())));
    audit.protokollieren(
        Aktion.ANLEGEN, "Vorgang", v.getId(), v.getNummer(), "Kanal " + antrag.kanal());
    return new Eroeffnung(v, true);
  }

  /** The procedure catalogue. */
  @Transactional
  public List<Verfahren> verfahren() {
    aktuell.get();
    return em.createQuery("select v from Verfahren v order by v.bezeichnung", Verfahren.class)
        .getResultList();
  }

  /** Reads a case for the current principal, audited. */
  @Transactional
  public VorgangDto lesen(String nummer) {
    Vorgang v = ladenFuer(nummer, "lesen");
    audit.protokollieren(Aktion.LESEN, "Vorgang", v.getId(), v.getNummer(), null);
    return dto(v);
  }

  /**
   * Loads a case the current principal may work on; another Mandant's case answers 404, a case of
   * another department 403. Refusals are audited.
   */
  @Transactional
  public Vorgang ladenFuer(String nummer, String zweck) {
    Akteur a = aktuell.get();
    if (!Vorgangsnummer.istGueltig(nummer)) {
      throw FachlicherFehler.nichtGefunden("Diesen Vorgang gibt es nicht.");
    }
    Vorgang v =
        em.createQuery(
                "select v from Vorgang v where v.mandant.id = :m and v.nummer = :n", Vorgang.class)
            .setParameter("m", a.mandantId())
            .setParameter("n", nummer)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (v == null) {
      audit.fehlschlag(
          a.mandantId(),
          a.name(),
          Aktion.ZUGRIFF_VERWEIGERT,
          "Vorgang",
          null,
          nummer,
          zweck + ": nicht vorhanden");
      throw FachlicherFehler.nichtGefunden("Diesen Vorgang gibt es nicht.");
    }
    String verweigert = Vorgangszugriff.lesenVerweigert(a, v);
    if (verweigert != null) {
      audit.fehlschlag(
          a.mandantId(),
          a.name(),
          Aktion.ZUGRIFF_VERWEIGERT,
          "Vorgang",
          v.getId(),
          nummer,
          zweck + ": " + verweigert);
      throw FachlicherFehler.keinZugriff(verweigert);
    }
    return v;
  }

  private int naechsteNummer(long mandantId, String kuerzel, int jahr) {
    Object n =
        em.createNativeQuery(
                "insert into vorgang_nummernkreis (mandant_id, kuerzel, jahr, letzte_nummer) values (?1, ?2, ?3, 1) "
                    + "on conflict (mandant_id, kuerzel, jahr) do update set letzte_nummer = vorgang_nummernkreis.letzte_nummer + 1 "
                    + "returning letzte_nummer")
            .setParameter(1, mandantId)
            .setParameter(2, kuerzel)
            .setParameter(3, jahr)
            .getSingleResult();
    return ((Number) n).intValue();
  }

  static VorgangDto dto(Vorgang v) {
    return new VorgangDto(
        v.getNummer(),
        v.getVerfahren(),
        v.getMandant().getSchluessel(),
        v.getFachbereich().getSchluessel(),
        v.getKanal(),
        v.getStatus(),
        v.getBetreff(),
        v.getAngelegtAm(),
        v.getGeaendertAm());
  }
}
