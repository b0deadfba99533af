package de.buergernah.plattform.sicherheit;

import de.buergernah.api.verwaltung.GeraetArt;
import de.buergernah.api.vorgang.Kanal;
import de.buergernah.kern.Fachbereich;
import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.betrieb.Einstellungen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks user passwords (with lock-out after repeated failures) and device credentials, and records
 * every attempt in the audit trail.
 */
@ApplicationScoped
public class AnmeldeService {

  /** Prefix of device credentials: {@code bn1.<kennung>.<geheimnis>}. */
  public static final String GERAETE_PRAEFIX = "bn1.";

  @PersistenceContext(unitName = "buergernah")
  EntityManager em;

  @Inject AuditService audit;

  /** Checks user name and password; failures count towards a lock-out and are audited. */
  @Transactional
  public Anmeldeergebnis anmelden(String benutzername, String passwort, String kanalHinweis) {
    String name = benutzername == null ? "" : benutzername.trim();
    Optional<Mitarbeiter> gefunden =
        em.createQuery("select m from Mitarbeiter m where m.benutzername = :n", Mitarbeiter.class)
            .setParameter("n", name)
            .getResultStream()
            .findFirst();
    Instant jetzt = Instant.now();
    if (gefunden.isEmpty() || !gefunden.get().isAktiv()) {
      Passwort.attrappePruefen(passwort == null ? "" : passwort);
      audit.fehlschlag(
          null,
          name.isEmpty() ? "(leer)" : name,
          Aktion.ANMELDUNG,
          null,
          null,
          null,
          "unbekannt oder inaktiv; " + kanalHinweis);
      return new Anmeldeergebnis(null, Anmeldeergebnis.Grund.FALSCHE_DATEN);
    }
    Mitarbeiter m = gefunden.get();
    long mandantId = m.getMandant().getId();
    if (m.istGesperrt(jetzt)) {
      audit.fehlschlag(
          mandantId, name, Aktion.ANMELDUNG, null, null, null, "gesperrt; " + kanalHinweis);
      return new Anmeldeergebnis(null, Anmeldeergebnis.Grund.GESPERRT);
    }
    if (passwort == null || !Passwort.pruefen(passwort, m.getPasswortHash())) {
      m.fehlversuch(jetzt, maxFehlversuche(), sperrdauer());
      boolean jetztGesperrt = m.istGesperrt(jetzt);
      audit.fehlschlag(
          mandantId,
          name,
          Aktion.ANMELDUNG,
          null,
          null,
          null,
          (jetztGesperrt ? "falsches Passwort, Konto gesperrt; " : "falsches Passwort; ")
              + kanalHinweis);
      return new Anmeldeergebnis(
          null,
          jetztGesperrt ? Anmeldeergebnis.Grund.GESPERRT : Anmeldeergebnis.Grund.FALSCHE_DATEN);
    }
    m.erfolgreichAngemeldet(jetzt);
    audit.anmeldung(mandantId, name, Aktion.ANMELDUNG, kanalHinweis);
    return new Anmeldeergebnis(akteurVon(m), Anmeldeergebnis.Grund.ERFOLG);
  }

  /** Checks a device credential; a revoked or unknown device is refused at once. */
  @Transactional
  public Optional<Akteur> geraetPruefen(String token) {
    if (token == null || !token.startsWith(GERAETE_PRAEFIX)) {
      return Optional.empty();
    }
    String[] teile = token.substring(GERAETE_PRAEFIX.length()).split("\\.", 2);
    if (teile.length != 2) {
      return Optional.empty();
    }
    String kennung = teile[0];
    Optional<Geraet> gefunden =
        em.createQuery("select g from Geraet g where g.kennung = :k", Geraet.class)
            .setParameter("k", kennung)
            .getResultStream()
            .findFirst();
    String vorgelegt = Passwort.sha256Hex(teile[1]);
    if (gefunden.isEmpty()
        || !MessageDigest.isEqual(
            vorgelegt.getBytes(StandardCharsets.US_ASCII),
            gefunden.get().getGeheimnisHash().getBytes(StandardCharsets.US_ASCII))) {
      audit.fehlschlag(
          gefunden.map(g -> g.getMandant().getId()).orElse(null),
          "geraet:" + kennung,
          Aktion.GERAET_ANMELDUNG,
          "Geraet",
          kennung,
          null,
          "falscher Zugang");
      return Optional.empty();
    }
    Geraet g = gefunden.get();
    if (g.istWiderrufen()) {
      audit.fehlschlag(
          g.getMandant().getId(),
          "geraet:" + kennung,
          Aktion.GERAET_ANMELDUNG,
          "Geraet",
          g.getId(),
          null,
          "widerrufen");
      return Optional.empty();
    }
    return Optional.of(akteurVon(g));
  }

  /** Re-reads a logged-in user, so that a deactivated account loses its session at once. */
  @Transactional
  public Optional<Akteur> auffrischen(long mitarbeiterId) {
    Mitarbeiter m = em.find(Mitarbeiter.class, mitarbeiterId);
    return m == null || !m.isAktiv() ? Optional.empty() : Optional.of(akteurVon(m));
  }

  static Akteur akteurVon(Mitarbeiter m) {
    return new Akteur(
        Akteur.Art.MITARBEITER,
        m.getId(),
        m.getBenutzername(),
        m.getAnzeigename(),
        m.getMandant().getId(),
        m.getMandant().getSchluessel(),
        m.getRollen().isEmpty()
            ? EnumSet.noneOf(de.buergernah.kern.Rolle.class)
            : EnumSet.copyOf(m.getRollen()),
        m.getFachbereiche().stream()
            .map(Fachbereich::getSchluessel)
            .collect(Collectors.toUnmodifiableSet()),
        null);
  }

  static Akteur akteurVon(Geraet g) {
    return new Akteur(
        Akteur.Art.GERAET,
        g.getId(),
        "geraet:" + g.getKennung(),
        g.getBezeichnung(),
        g.getMandant().getId(),
        g.getMandant().getSchluessel(),
        EnumSet.noneOf(de.buergernah.kern.Rolle.class),
        java.util.Set.of(),
        g.getArt() == GeraetArt.TERMINAL ? Kanal.TERMINAL : Kanal.KOFFER);
  }

  static int maxFehlversuche() {
    return (int) Einstellungen.zahl("buergernah.anmeldung.max-fehlversuche", 5);
  }

  static Duration sperrdauer() {
    return Duration.ofMinutes(Einstellungen.zahl("buergernah.anmeldung.sperrminuten", 15));
  }
}
