package de.buergernah.plattform.betrieb;

import de.buergernah.api.verwaltung.GeraetArt;
import de.buergernah.kern.Bankverbindung;
import de.buergernah.kern.Fachbereich;
import de.buergernah.kern.Iban;
import de.buergernah.kern.Mandant;
import de.buergernah.kern.Rolle;
import de.buergernah.kern.Standort;
import de.buergernah.kern.StandortArt;
import de.buergernah.plattform.sicherheit.Geraet;
import de.buergernah.plattform.sicherheit.Mitarbeiter;
import de.buergernah.plattform.sicherheit.Passwort;
import de.buergernah.verfahren.hundesteuer.application.SatzungEintrag;
import de.buergernah.verfahren.hundesteuer.domain.Satzung;
import de.buergernah.verfahren.hundesteuer.domain.Zeitanteil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
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
    String hash = null;
    if (fehlt("musterstadt")) {
      hash = Passwort.hashen(DEMO_PASSWORT);
      musterstadt(hash);
    }
    if (fehlt("nachbarstadt")) {
      hash = hash == null ? Passwort.hashen(DEMO_PASSWORT) : hash;
      nachbarstadt(hash);
    }
    for (String[] m :
        new String[][] {
          {"dresden", "Landeshauptstadt Dresden"},
          {"krauschwitz", "Gemeinde Krauschwitz i.d. O.L."},
          {"leipzig", "Stadt Leipzig"}
        }) {
      if (fehlt(m[0])) {
        hash = hash == null ? Passwort.hashen(DEMO_PASSWORT) : hash;
        satzungsmandant(m[0], m[1], hash);
      }
    }
  }

  private boolean fehlt(String mandant) {
    return em.createQuery("select m.id from Mandant m where m.schluessel = :s", Long.class)
        .setParameter("s", mandant)
        .getResultList()
        .isEmpty();
  }

  private void musterstadt(String hash) {
    Mandant muster = persist(new Mandant("musterstadt", "Stadt Musterstadt"));
    muster.bankverbindungSetzen(
        demoKonto("Stadtkasse Musterstadt", "DE02120300000000202051", "BYLADEM1001"));
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

    // Musterstadt is invented; its statute follows Dresden's rules so the demo has realistic
    // figures
    satzung(
        muster,
        "2003-01-01",
        null,
        "Hundesteuersatzung der Stadt Musterstadt (Beispiel nach Dresden)",
        "erfunden, Regeln wie Dresden",
        "108",
        "144",
        "108",
        "144",
        null,
        Zeitanteil.MONAT,
        3,
        0,
        QUARTALE,
        DRESDEN_BEFREIUNGEN);
    LOG.info("Demo-Daten für musterstadt angelegt.");
  }

  private void nachbarstadt(String hash) {
    Mandant nachbar = persist(new Mandant("nachbarstadt", "Gemeinde Nachbarstadt"));
    nachbar.bankverbindungSetzen(
        demoKonto("Gemeindekasse Nachbarstadt", "DE02100500000054540402", "BELADEBEXXX"));
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
    LOG.info("Demo-Daten für nachbarstadt angelegt.");
  }

  /**
   * The Saxon statutes of shared/domain/reference/hundesteuer-satzungen-sachsen.md. Due dates of
   * Krauschwitz and Leipzig and Leipzig's start/end rule were not found in the sources: quarterly
   * due dates and the monthly rule are assumed (marked in {@code quelle}).
   */
  private void satzungsmandant(String schluessel, String name, String hash) {
    Mandant m = persist(new Mandant(schluessel, name));
    m.bankverbindungSetzen(demoKonto("Kasse " + name, "DE02500105170137075030", "INGDDEFFXXX"));
    Fachbereich steuer = persist(new Fachbereich(m, "steueramt", "Steueramt"));
    mitarbeiter(
        m,
        schluessel + ".steueramt",
        "Sachbearbeitung Steueramt " + name,
        hash,
        EnumSet.of(Rolle.SACHBEARBEITUNG),
        Set.of(steuer));
    mitarbeiter(
        m,
        schluessel + ".admin",
        "Administration " + name,
        hash,
        EnumSet.of(Rolle.ADMIN),
        Set.of());
    switch (schluessel) {
      case "dresden" ->
          satzung(
              m,
              "2003-01-01",
              null,
              "Hundesteuersatzung der Landeshauptstadt Dresden vom 7.11.2002",
              "https://www.dresden.de/de/rathaus/dienstleistungen/hundesteuer_d115.php",
              "108",
              "144",
              "108",
              "144",
              null,
              Zeitanteil.MONAT,
              3,
              0,
              QUARTALE,
              DRESDEN_BEFREIUNGEN);
      case "krauschwitz" ->
          satzung(
              m,
              "2020-01-01",
              null,
              "Hundesteuersatzung der Gemeinde Krauschwitz i.d. O.L.",
              "https://krauschwitz.de/de/formulare/anmeldung-hundesteuer.html; Fälligkeiten angenommen (nicht gefunden)",
              "45",
              "55",
              "397",
              "525",
              null,
              Zeitanteil.QUARTAL,
              3,
              0,
              QUARTALE,
              "Steuervergünstigung auf Antrag unter bestimmten Voraussetzungen (Einzelheiten in der Satzung)");
      case "leipzig" -> {
        satzung(
            m,
            "2020-01-01",
            "2025-12-31",
            "Hundesteuersatzung der Stadt Leipzig (bis 2025)",
            "leipziginfo.de, tag24.de (Presse); Beginn/Ende und Fälligkeiten angenommen",
            "96",
            "192",
            "96",
            "192",
            null,
            Zeitanteil.MONAT,
            3,
            0,
            QUARTALE,
            null);
        SatzungEintrag neu =
            satzung(
                m,
                "2026-01-01",
                null,
                "Hundesteuersatzung der Stadt Leipzig (ab 2026, Ratsbeschluss 17.12.2025)",
                "tag24.de, l-iz.de, leipziginfo.de (Presse); Beginn/Ende und Fälligkeiten angenommen",
                "150",
                "150",
                "150",
                "150",
                "120",
                Zeitanteil.MONAT,
                6,
                6,
                QUARTALE,
                "Assistenz- und Rettungshunde ab Beginn der Ausbildung");
        neu.getErmaessigungen()
            .add(
                new SatzungEintrag.Ermaessigung(
                    "SOZIALPASS", "Leipzig-Pass", new BigDecimal("50")));
      }
      default -> throw new IllegalArgumentException(schluessel);
    }
    LOG.info(() -> "Demo-Daten für " + schluessel + " angelegt.");
  }

  private SatzungEintrag satzung(
      Mandant m,
      String ab,
      String bis,
      String bezeichnung,
      String quelle,
      String erster,
      String weiterer,
      String gefErster,
      String gefWeiterer,
      String mikrochip,
      Zeitanteil z,
      int mindestalter,
      int tierheim,
      String faellig,
      String befreiungen) {
    Satzung s =
        new Satzung(
            bezeichnung,
            LocalDate.parse(ab),
            null,
            new BigDecimal(erster),
            new BigDecimal(weiterer),
            new BigDecimal(gefErster),
            new BigDecimal(gefWeiterer),
            mikrochip == null ? null : new BigDecimal(mikrochip),
            z,
            mindestalter,
            tierheim,
            Satzung.faelligkeitenAus(faellig),
            java.util.Map.of());
    SatzungEintrag e =
        new SatzungEintrag(
            m, LocalDate.parse(ab), s, quelle, befreiungen, new java.util.ArrayList<>(), "demo");
    if (bis != null) {
      e.endenVor(LocalDate.parse(bis).plusDays(1));
    }
    return persist(e);
  }

  private static final String QUARTALE = "02-15,05-15,08-15,11-15";
  private static final String DRESDEN_BEFREIUNGEN =
      String.join(
          "\n",
          "Blindenführhunde",
          "Hunde, die ausschließlich dem Schutz oder der Therapie schwerbehinderter Personen dienen",
          "Hunde von Forstbediensteten und bestätigten Jagdaufsehern, soweit erforderlich",
          "Hunde, die aus Tierschutzgründen vorübergehend in Tierheimen untergebracht sind");

  /** Public example IBANs with valid check digits, not the Mandanten's real accounts. */
  private static Bankverbindung demoKonto(String kasse, String iban, String bic) {
    return new Bankverbindung(kasse, new Iban(iban), bic);
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
