package de.buergernah.plattform.sicherheit;

import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The database side of logins, in short transactions of their own: the slow password hash runs
 * between them and never holds a connection. Failed attempts are counted with one atomic update, so
 * parallel attempts cannot get around the lock-out.
 */
@ApplicationScoped
public class AnmeldeSpeicher {

  /** What a login check needs to know about an account. */
  record Konto(
      long id,
      long mandantId,
      String benutzername,
      String passwortHash,
      boolean aktiv,
      Instant gesperrtBis) {}

  /** What a device check needs to know. */
  record Geraetezugang(long id, long mandantId, String geheimnisHash, boolean widerrufen) {}

  @PersistenceContext(unitName = "buergernah")
  EntityManager em;

  @Inject AuditService audit;

  @Transactional
  public Optional<Konto> konto(String benutzername) {
    return em.createQuery(
            "select m from Mitarbeiter m where m.benutzername = :n", Mitarbeiter.class)
        .setParameter("n", benutzername)
        .getResultStream()
        .findFirst()
        .map(
            m ->
                new Konto(
                    m.getId(),
                    m.getMandant().getId(),
                    m.getBenutzername(),
                    m.getPasswortHash(),
                    m.isAktiv(),
                    m.getGesperrtBis()));
  }

  /**
   * Unknown or inactive name. The typed name is not stored (it may be a mistyped password); a short
   * hash lets ADMIN see repeated attempts on the same name.
   */
  @Transactional
  public void unbekannt(String name, String kanal) {
    audit.eintragen(
        null,
        "unbekannt",
        Aktion.ANMELDUNG,
        null,
        null,
        false,
        "Name-Hash " + Passwort.sha256Hex(name).substring(0, 12) + "; " + kanal);
  }

  @Transactional
  public void gesperrt(Konto k, String kanal) {
    audit.eintragen(
        k.mandantId(), k.benutzername(), Aktion.ANMELDUNG, null, null, false, "gesperrt; " + kanal);
  }

  /** Counts a failure; returns true when this failure locked the account. */
  @Transactional
  public boolean fehlversuch(Konto k, String kanal, int maxFehlversuche, Duration sperrdauer) {
    Object gesperrtBis =
        em.createNativeQuery(
                "update mitarbeiter set"
                    + " gesperrt_bis = case when fehlversuche + 1 >= ?1 then ?2 else gesperrt_bis end,"
                    + " fehlversuche = case when fehlversuche + 1 >= ?1 then 0 else fehlversuche + 1 end"
                    + " where id = ?3 returning gesperrt_bis")
            .setParameter(1, maxFehlversuche)
            .setParameter(2, Timestamp.from(Instant.now().plus(sperrdauer)))
            .setParameter(3, k.id())
            .getSingleResult();
    boolean jetztGesperrt = gesperrtBis != null && zeitpunkt(gesperrtBis).isAfter(Instant.now());
    audit.eintragen(
        k.mandantId(),
        k.benutzername(),
        Aktion.ANMELDUNG,
        null,
        null,
        false,
        (jetztGesperrt ? "falsches Passwort, Konto gesperrt; " : "falsches Passwort; ") + kanal);
    return jetztGesperrt;
  }

  @Transactional
  public Akteur erfolg(Konto k, String kanal) {
    Mitarbeiter m = em.find(Mitarbeiter.class, k.id());
    m.erfolgreichAngemeldet(Instant.now());
    audit.eintragen(k.mandantId(), k.benutzername(), Aktion.ANMELDUNG, null, null, true, kanal);
    return AnmeldeService.akteurVon(m);
  }

  @Transactional
  public Optional<Geraetezugang> geraet(String kennung) {
    return em.createQuery("select g from Geraet g where g.kennung = :k", Geraet.class)
        .setParameter("k", kennung)
        .getResultStream()
        .findFirst()
        .map(
            g ->
                new Geraetezugang(
                    g.getId(), g.getMandant().getId(), g.getGeheimnisHash(), g.istWiderrufen()));
  }

  @Transactional
  public Akteur geraetAkteur(long id) {
    return AnmeldeService.akteurVon(em.find(Geraet.class, id));
  }

  @Transactional
  public void geraetAbgewiesen(Long mandantId, String kennung, String grund) {
    audit.eintragen(
        mandantId, "geraet:" + kennung, Aktion.GERAET_ANMELDUNG, "Geraet", kennung, false, grund);
  }

  private static Instant zeitpunkt(Object o) {
    if (o instanceof Instant i) {
      return i;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    throw new IllegalStateException("unerwarteter Typ " + o.getClass());
  }
}
