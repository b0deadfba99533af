package de.buergernah.plattform.sicherheit;

import de.buergernah.api.verwaltung.GeraetDto;
import de.buergernah.api.verwaltung.GeraetZugang;
import de.buergernah.api.verwaltung.MitarbeiterDto;
import de.buergernah.api.verwaltung.NeuerMitarbeiter;
import de.buergernah.api.verwaltung.NeuesGeraet;
import de.buergernah.kern.Fachbereich;
import de.buergernah.kern.Mandant;
import de.buergernah.kern.Rolle;
import de.buergernah.kern.Standort;
import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.fehler.FachlicherFehler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** ADMIN's work: users and device credentials of their own Mandant. */
@ApplicationScoped
public class VerwaltungService {

  private static final SecureRandom ZUFALL = new SecureRandom();
  private static final Pattern BENUTZERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

  @PersistenceContext(unitName = "buergernah")
  EntityManager em;

  @Inject AktuellerAkteur aktuell;
  @Inject AuditService audit;
  @Inject Berechtigung berechtigung;

  @Transactional
  public MitarbeiterDto mitarbeiterAnlegen(NeuerMitarbeiter neu) {
    Akteur admin = adminPruefen();
    if (neu == null
        || neu.benutzername() == null
        || !BENUTZERNAME.matcher(neu.benutzername()).matches()) {
      throw FachlicherFehler.ungueltig(
          "Der Benutzername muss 3 bis 64 Zeichen lang sein (Kleinbuchstaben, Ziffern, Punkt, Bindestrich, Unterstrich).");
    }
    if (neu.anzeigename() == null || neu.anzeigename().isBlank()) {
      throw FachlicherFehler.ungueltig("Bitte geben Sie einen Anzeigenamen an.");
    }
    String schwaeche = Passwort.schwaecheOderNull(neu.passwort());
    if (schwaeche != null) {
      throw FachlicherFehler.ungueltig(schwaeche);
    }
    Set<Rolle> rollen = EnumSet.noneOf(Rolle.class);
    for (String r : neu.rollen() == null ? Set.<String>of() : neu.rollen()) {
      try {
        rollen.add(Rolle.valueOf(String.valueOf(r)));
      } catch (IllegalArgumentException e) {
        throw FachlicherFehler.ungueltig("Unbekannte Rolle: " + r);
      }
    }
    if (rollen.isEmpty()) {
      throw FachlicherFehler.ungueltig("Bitte wählen Sie mindestens eine Rolle.");
    }
    Set<Fachbereich> fachbereiche = new HashSet<>();
    for (String f : neu.fachbereiche() == null ? Set.<String>of() : neu.fachbereiche()) {
      fachbereiche.add(fachbereich(admin.mandantId(), f));
    }
    if (rollen.contains(Rolle.SACHBEARBEITUNG) && fachbereiche.isEmpty()) {
      throw FachlicherFehler.ungueltig("Sachbearbeitung braucht mindestens einen Fachbereich.");
    }
    boolean vergeben =
        !em.createQuery("select m.id from Mitarbeiter m where m.benutzername = :n", Long.class)
            .setParameter("n", neu.benutzername())
            .getResultList()
            .isEmpty();
    if (vergeben) {
      throw new FachlicherFehler(
          409, "konflikt", "Konflikt", "Dieser Benutzername ist bereits vergeben.");
    }
    Mitarbeiter m =
        new Mitarbeiter(
            em.getReference(Mandant.class, admin.mandantId()),
            neu.benutzername(),
            neu.anzeigename().trim(),
            Passwort.hashen(neu.passwort()),
            rollen,
            fachbereiche);
    em.persist(m);
    em.flush();
    audit.protokollieren(Aktion.ANLEGEN, "Mitarbeiter", m.getId(), null, "Rollen " + rollen);
    return dto(m);
  }

  @Transactional
  public List<MitarbeiterDto> mitarbeiter() {
    Akteur admin = adminPruefen();
    return em.createQuery(
            "select m from Mitarbeiter m where m.mandant.id = :m order by m.benutzername",
            Mitarbeiter.class)
        .setParameter("m", admin.mandantId())
        .getResultStream()
        .map(VerwaltungService::dto)
        .toList();
  }

  /** Registers a device and returns its credential; this is the only time it is shown. */
  @Transactional
  public GeraetZugang geraetAnlegen(NeuesGeraet neu) {
    Akteur admin = adminPruefen();
    if (neu == null
        || neu.art() == null
        || neu.bezeichnung() == null
        || neu.bezeichnung().isBlank()) {
      throw FachlicherFehler.ungueltig(
          "Bitte geben Sie Art (TERMINAL oder KOFFER) und Bezeichnung des Geräts an.");
    }
    Standort standort = null;
    if (neu.standort() != null && !neu.standort().isBlank()) {
      standort =
          em.createQuery(
                  "select s from Standort s where s.mandant.id = :m and s.schluessel = :s",
                  Standort.class)
              .setParameter("m", admin.mandantId())
              .setParameter("s", neu.standort())
              .getResultStream()
              .findFirst()
              .orElseThrow(
                  () -> FachlicherFehler.ungueltig("Unbekannter Standort: " + neu.standort()));
    }
    String kennung = zufall(8);
    String geheimnis = zufall(24);
    Geraet g =
        new Geraet(
            em.getReference(Mandant.class, admin.mandantId()),
            neu.art(),
            neu.bezeichnung().trim(),
            standort,
            kennung,
            Passwort.sha256Hex(geheimnis));
    em.persist(g);
    em.flush();
    audit.protokollieren(Aktion.ANLEGEN, "Geraet", g.getId(), null, "Zugang erzeugt");
    return new GeraetZugang(dto(g), AnmeldeService.GERAETE_PRAEFIX + kennung + "." + geheimnis);
  }

  @Transactional
  public List<GeraetDto> geraete() {
    Akteur admin = adminPruefen();
    return em.createQuery(
            "select g from Geraet g where g.mandant.id = :m order by g.id", Geraet.class)
        .setParameter("m", admin.mandantId())
        .getResultStream()
        .map(VerwaltungService::dto)
        .toList();
  }

  /** Revokes a device credential; the device is refused from the next request on. */
  @Transactional
  public GeraetDto geraetWiderrufen(long id) {
    Akteur admin = adminPruefen();
    Geraet g = em.find(Geraet.class, id);
    if (g == null || !g.getMandant().getId().equals(admin.mandantId())) {
      throw FachlicherFehler.nichtGefunden("Dieses Gerät gibt es nicht.");
    }
    g.widerrufen(Instant.now());
    audit.protokollieren(Aktion.AENDERN, "Geraet", g.getId(), null, "Zugang widerrufen");
    return dto(g);
  }

  private Akteur adminPruefen() {
    return berechtigung.mitRolle(
        Rolle.ADMIN, "Verwaltung", "Diese Funktion ist der Administration vorbehalten.");
  }

  private Fachbereich fachbereich(long mandantId, String schluessel) {
    return em.createQuery(
            "select f from Fachbereich f where f.mandant.id = :m and f.schluessel = :s",
            Fachbereich.class)
        .setParameter("m", mandantId)
        .setParameter("s", schluessel)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> FachlicherFehler.ungueltig("Unbekannter Fachbereich: " + schluessel));
  }

  private static String zufall(int bytes) {
    byte[] b = new byte[bytes];
    ZUFALL.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  static MitarbeiterDto dto(Mitarbeiter m) {
    return new MitarbeiterDto(
        m.getId(),
        m.getBenutzername(),
        m.getAnzeigename(),
        m.getRollen().stream()
            .map(Enum::name)
            .collect(Collectors.toCollection(java.util.TreeSet::new)),
        m.getFachbereiche().stream()
            .map(Fachbereich::getSchluessel)
            .collect(Collectors.toCollection(java.util.TreeSet::new)),
        m.istGesperrt(Instant.now()));
  }

  static GeraetDto dto(Geraet g) {
    return new GeraetDto(
        g.getId(),
        g.getBezeichnung(),
        g.getArt(),
        g.getStandort() == null ? null : g.getStandort().getSchluessel(),
        g.istWiderrufen(),
        g.getAngelegtAm());
  }
}
