package de.buergernah.plattform.sicherheit;

import de.buergernah.api.verwaltung.GeraetArt;
import de.buergernah.api.vorgang.Kanal;
import de.buergernah.kern.Fachbereich;
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

  @Inject AnmeldeSpeicher speicher;

  /**
   * Checks user name and password; failures count towards a lock-out and are audited. Runs without
   * a transaction: the slow hash must not hold a database connection.
   */
  public Anmeldeergebnis anmelden(String benutzername, String passwort, String kanalHinweis) {
    String name = benutzername == null ? "" : benutzername.trim();
    String pw = passwort == null ? "" : passwort;
    Optional<AnmeldeSpeicher.Konto> konto =
        zulaessig(name) ? speicher.konto(name) : Optional.empty();
    if (konto.isEmpty() || !konto.get().aktiv()) {
      Passwort.attrappePruefen(pw);
      speicher.unbekannt(name, kanalHinweis);
      return new Anmeldeergebnis(null, Anmeldeergebnis.Grund.FALSCHE_DATEN);
    }
    AnmeldeSpeicher.Konto k = konto.get();
    if (k.gesperrtBis() != null && Instant.now().isBefore(k.gesperrtBis())) {
      Passwort.attrappePruefen(pw); // same time as any other answer
      speicher.gesperrt(k, kanalHinweis);
      return new Anmeldeergebnis(null, Anmeldeergebnis.Grund.GESPERRT);
    }
    if (!Passwort.pruefen(pw, k.passwortHash())) {
      boolean gesperrt = speicher.fehlversuch(k, kanalHinweis, maxFehlversuche(), sperrdauer());
      return new Anmeldeergebnis(
          null, gesperrt ? Anmeldeergebnis.Grund.GESPERRT : Anmeldeergebnis.Grund.FALSCHE_DATEN);
    }
    return new Anmeldeergebnis(speicher.erfolg(k, kanalHinweis), Anmeldeergebnis.Grund.ERFOLG);
  }

  /** User names are printable and short; anything else cannot exist and is not looked up. */
  static boolean zulaessig(String name) {
    return !name.isEmpty()
        && name.length() <= 64
        && name.chars().noneMatch(Character::isISOControl);
  }

  /** Checks a device credential; a revoked or unknown device is refused at once. */
  public Optional<Akteur> geraetPruefen(String token) {
    if (token == null
        || !token.startsWith(GERAETE_PRAEFIX)
        || token.length() > 200
        || token.chars().anyMatch(Character::isISOControl)) {
      return Optional.empty();
    }
    String[] teile = token.substring(GERAETE_PRAEFIX.length()).split("\\.", 2);
    if (teile.length != 2) {
      return Optional.empty();
    }
    String kennung = teile[0];
    Optional<AnmeldeSpeicher.Geraetezugang> g = speicher.geraet(kennung);
    String vorgelegt = Passwort.sha256Hex(teile[1]);
    if (g.isEmpty()
        || !MessageDigest.isEqual(
            vorgelegt.getBytes(StandardCharsets.US_ASCII),
            g.get().geheimnisHash().getBytes(StandardCharsets.US_ASCII))) {
      speicher.geraetAbgewiesen(
          g.map(AnmeldeSpeicher.Geraetezugang::mandantId).orElse(null), kennung, "falscher Zugang");
      return Optional.empty();
    }
    if (g.get().widerrufen()) {
      speicher.geraetAbgewiesen(g.get().mandantId(), kennung, "widerrufen");
      return Optional.empty();
    }
    return Optional.of(speicher.geraetAkteur(g.get().id()));
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
