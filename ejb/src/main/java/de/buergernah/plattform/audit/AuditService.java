package de.buergernah.plattform.audit;

import de.buergernah.kern.Rolle;
import de.buergernah.plattform.sicherheit.Akteur;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import de.buergernah.plattform.sicherheit.Berechtigung;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads the audit trail. */
@ApplicationScoped
public class AuditService {

  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @PersistenceContext(unitName = "buergernah")
  EntityManager em;

  @Inject AktuellerAkteur aktuell;
  @Inject Berechtigung berechtigung;

  /** Records an action of the current principal in the caller's transaction. */
  @Transactional
  public void protokollieren(
      Aktion aktion, String objektTyp, Object objektId, String vorgangNummer, String detail) {
    Akteur a = aktuell.get();
    em.persist(
        new AuditEintrag(
            Instant.now(),
            a.mandantId(),
            a.name(),
            aktion,
            objektTyp,
            text(objektId),
            vorgangNummer,
            true,
            detail));
  }

  /**
   * Records a refused or failed attempt in its own transaction, so that it stays even though the
   * attempt itself rolls back.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void fehlschlag(
      Long mandantId,
      String akteur,
      Aktion aktion,
      String objektTyp,
      Object objektId,
      String vorgangNummer,
      String detail) {
    em.persist(
        new AuditEintrag(
            Instant.now(),
            mandantId,
            akteur,
            aktion,
            objektTyp,
            text(objektId),
            vorgangNummer,
            false,
            detail));
  }

  /** Records an entry in the caller's transaction, for callers without a principal (logins). */
  @Transactional
  public void eintragen(
      Long mandantId,
      String akteur,
      Aktion aktion,
      String objektTyp,
      Object objektId,
      boolean erfolg,
      String detail) {
    em.persist(
        new AuditEintrag(
            Instant.now(),
            mandantId,
            akteur,
            aktion,
            objektTyp,
            text(objektId),
            null,
            erfolg,
            detail));
  }

  /** Records a step the process engine took on its own (timers, computations). */
  @Transactional
  public void system(
      long mandantId,
      Aktion aktion,
      String objektTyp,
      Object objektId,
      String vorgangNummer,
      String detail) {
    em.persist(
        new AuditEintrag(
            Instant.now(),
            mandantId,
            "system:prozess",
            aktion,
            objektTyp,
            text(objektId),
            vorgangNummer,
            true,
            detail));
  }

  /**
   * Entries of the current ADMIN's Mandant, newest first, at most {@code max}. Reading the trail is
   * itself recorded; other roles are refused.
   */
  @Transactional
  public List<AuditEintrag> suchen(AuditFilter f, int max) {
    Akteur a =
        berechtigung.mitRolle(
            Rolle.ADMIN, "Audit", "Das Protokoll ist der Administration vorbehalten.");
    protokollieren(Aktion.LESEN, "Audit", null, null, beschreibung(f));
    return suchen(a.mandantId(), f, max);
  }

  private List<AuditEintrag> suchen(long mandantId, AuditFilter f, int max) {
    StringBuilder jpql = new StringBuilder("select e from AuditEintrag e where e.mandantId = :m");
    List<Object[]> parameter = new ArrayList<>();
    parameter.add(new Object[] {"m", mandantId});
    if (f.akteur() != null && !f.akteur().isBlank()) {
      jpql.append(" and lower(e.akteur) like :akteur");
      parameter.add(new Object[] {"akteur", "%" + f.akteur().trim().toLowerCase() + "%"});
    }
    if (f.aktion() != null) {
      jpql.append(" and e.aktion = :aktion");
      parameter.add(new Object[] {"aktion", f.aktion()});
    }
    if (f.vorgangNummer() != null && !f.vorgangNummer().isBlank()) {
      jpql.append(" and e.vorgangNummer = :vorgang");
      parameter.add(new Object[] {"vorgang", f.vorgangNummer().trim()});
    }
    if (f.von() != null) {
      jpql.append(" and e.zeitpunkt >= :von");
      parameter.add(new Object[] {"von", f.von().atStartOfDay(ZONE).toInstant()});
    }
    if (f.bis() != null) {
      jpql.append(" and e.zeitpunkt < :bis");
      parameter.add(new Object[] {"bis", f.bis().plusDays(1).atStartOfDay(ZONE).toInstant()});
    }
    jpql.append(" order by e.zeitpunkt desc, e.id desc");
    TypedQuery<AuditEintrag> q = em.createQuery(jpql.toString(), AuditEintrag.class);
    for (Object[] p : parameter) {
      q.setParameter((String) p[0], p[1]);
    }
    return q.setMaxResults(max).getResultList();
  }

  /**
   * The history of one case (who did what when), for a caller who was already allowed to read the
   * case; oldest first.
   */
  @Transactional
  public List<AuditEintrag> verlauf(long mandantId, String vorgangNummer) {
    return em.createQuery(
            "select e from AuditEintrag e where e.mandantId = :m and e.vorgangNummer = :v and e.erfolg = true"
                + " and e.aktion <> :lesen order by e.zeitpunkt, e.id",
            AuditEintrag.class)
        .setParameter("m", mandantId)
        .setParameter("v", vorgangNummer)
        .setParameter("lesen", Aktion.LESEN)
        .setMaxResults(500)
        .getResultList();
  }

  /** The filter as an admin reads it, e.g. "Filter: Aktion ANMELDUNG, Vorgang HST-2026-000001". */
  static String beschreibung(AuditFilter f) {
    java.util.List<String> teile = new java.util.ArrayList<>();
    if (f.akteur() != null && !f.akteur().isBlank()) {
      teile.add("Wer " + f.akteur().trim());
    }
    if (f.aktion() != null) {
      teile.add("Aktion " + f.aktion());
    }
    if (f.vorgangNummer() != null && !f.vorgangNummer().isBlank()) {
      teile.add("Vorgang " + f.vorgangNummer().trim());
    }
    if (f.von() != null) {
      teile.add(
          "von " + f.von().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }
    if (f.bis() != null) {
      teile.add(
          "bis " + f.bis().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }
    return teile.isEmpty() ? "ohne Filter" : "Filter: " + String.join(", ", teile);
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }
}
