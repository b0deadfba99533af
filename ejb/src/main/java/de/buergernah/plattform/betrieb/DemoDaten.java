package de.buergernah.plattform.betrieb;

import de.buergernah.api.verwaltung.GeraetArt;
import de.buergernah.kern.Fachbereich;
import de.buergernah.kern.Mandant;
import de.buergernah.kern.Rolle;
import de.buergernah.kern.Standort;
import de.buergernah.kern.StandortArt;
import de.buergernah.plattform.sicherheit.Geraet;
import de.buergernah.plattform.sicherheit.Mitarbeiter;
import de.buergernah.plattform.sicherheit.Passwort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo data for `deploy/start.sh` and the system tests: two Mandanten with departments, one user
 * per role, two devices, places. All names are invented. Only for demo installations: the passwords
 * and device credentials below are public (README).
 */
@ApplicationScoped
public class DemoDaten {

  /** Password of every demo user. */
  public static final String DEMO_PASSWORT = "Demo-Passwort-2026";

  public static final String TERMINAL_ZUGANG =
      "bn1.demoterminal1.demo-terminal-geheimnis-musterstadt";
  public static final String KOFFER_ZUGANG = "bn1.demokoffer1.demo-koffer-geheimnis-musterstadt";

  private static final Logger LOG = Logger.getLogger(DemoDaten.class.getName());

  @PersistenceContext(unitName = "buergernah")
  EntityManager em;

  @Transactional
  public void anlegenFallsNoetig() {
    boolean vorhanden =
        !em.createQuery("select m.id from Mandant m where m.schluessel = 'musterstadt'", Long.class)
            .getResultList()
            .isEmpty();
    if (vorhanden) {
      return;
    }
    String hash = Passwort.hashen(DEMO_PASSWORT);

    Mandant muster = persist(new Mandant("musterstadt", "Stadt Musterstadt"));
    Fachbereich steuer = persist(new Fachbereich(muster, "steueramt", "Steueramt"));
    Fachbereich melde = persist(new Fachbereich(muster, "meldestelle", "Meldestelle"));
    persist(new Fachbereich(muster, "wohngeldstelle", "Wohngeldstelle"));
    persist(
        new Standort(
            muster,
            "rathaus",
            "Rathaus Musterstadt",
            StandortArt.BUERGERBUERO,
            "Marktplatz 1, 01234 Musterstadt"));
    Standort dorf =
        persist(
            new Standort(
                muster,
                "kleindorf",
                "Dorfgemeinschaftshaus Kleindorf",
                StandortArt.DORF,
                "Dorfstraße 5, 01234 Musterstadt-Kleindorf"));
    persist(
        new Standort(
            muster,
            "seniorenheim",
            "Seniorenheim Am Park",
            StandortArt.PFLEGEHEIM,
            "Parkweg 12, 01234 Musterstadt"));

    mitarbeiter(
        muster,
        "sachbearbeitung",
        "Sabine Beispiel",
        hash,
        EnumSet.of(Rolle.SACHBEARBEITUNG),
        Set.of(steuer));
    mitarbeiter(
        muster,
        "meldestelle",
        "Moritz Muster",
        hash,
        EnumSet.of(Rolle.SACHBEARBEITUNG),
        Set.of(melde));
    mitarbeiter(
        muster, "aussendienst", "Anna Außendienst", hash, EnumSet.of(Rolle.AUSSENDIENST), Set.of());
    mitarbeiter(muster, "leitung", "Lars Leitung", hash, EnumSet.of(Rolle.LEITUNG), Set.of());
    mitarbeiter(
        muster, "prozessdesign", "Petra Prozess", hash, EnumSet.of(Rolle.PROZESSDESIGN), Set.of());
    mitarbeiter(muster, "admin", "Adam Admin", hash, EnumSet.of(Rolle.ADMIN), Set.of());

    geraet(muster, GeraetArt.TERMINAL, "Bürgerterminal Kleindorf", dorf, TERMINAL_ZUGANG);
    geraet(muster, GeraetArt.KOFFER, "Bürgerkoffer 1", null, KOFFER_ZUGANG);

    Mandant nachbar = persist(new Mandant("nachbarstadt", "Gemeinde Nachbarstadt"));
    Fachbereich nachbarSteuer = persist(new Fachbereich(nachbar, "steueramt", "Steueramt"));
    persist(
        new Standort(
            nachbar,
            "rathaus",
            "Rathaus Nachbarstadt",
            StandortArt.BUERGERBUERO,
            "Hauptstraße 2, 01235 Nachbarstadt"));
    mitarbeiter(
        nachbar,
        "nachbar.sachbearbeitung",
        "Nora Nachbar",
        hash,
        EnumSet.of(Rolle.SACHBEARBEITUNG),
        Set.of(nachbarSteuer));
    mitarbeiter(nachbar, "nachbar.admin", "Nils Nachbar", hash, EnumSet.of(Rolle.ADMIN), Set.of());
    LOG.info("Demo-Daten angelegt (Mandanten musterstadt und nachbarstadt).");
  }

  private void mitarbeiter(
      Mandant m, String name, String anzeige, String hash, Set<Rolle> rollen, Set<Fachbereich> fb) {
    persist(new Mitarbeiter(m, name, anzeige, hash, rollen, fb));
  }

  private void geraet(Mandant m, GeraetArt art, String bezeichnung, Standort s, String zugang) {
    String[] teile = zugang.split("\\.", 3);
    persist(new Geraet(m, art, bezeichnung, s, teile[1], Passwort.sha256Hex(teile[2])));
  }

  private <T> T persist(T o) {
    em.persist(o);
    return o;
  }
}
