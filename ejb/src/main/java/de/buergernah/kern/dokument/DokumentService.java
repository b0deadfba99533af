package de.buergernah.kern.dokument;

import de.buergernah.api.dokument.DokumentDto;
import de.buergernah.kern.vorgang.Vorgang;
import de.buergernah.kern.vorgang.VorgangService;
import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.betrieb.Einstellungen;
import de.buergernah.plattform.fehler.FachlicherFehler;
import de.buergernah.plattform.sicherheit.Akteur;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import de.buergernah.plattform.sicherheit.Passwort;
import de.buergernah.plattform.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Stores, lists and returns documents of cases, with type, size and integrity checks. */
@ApplicationScoped
public class DokumentService {

  /** Default size limit: 20 MB; setting {@code buergernah.dokument.max-bytes}. */
  public static final long STANDARD_MAX_BYTES = 20L * 1024 * 1024;

  @PersistenceContext(unitName = "buergernah")
  EntityManager em;

  @Inject AktuellerAkteur aktuell;
  @Inject AuditService audit;
  @Inject VorgangService vorgaenge;
  @Inject Workflow workflow;
  @Inject DokumentService selbst;

  /** Message to processes that wait for documents of their case. */
  public static final String NACHRICHT_UNTERLAGEN_EINGEGANGEN = "UnterlagenEingegangen";

  public static long maxBytes() {
    return Einstellungen.zahl("buergernah.dokument.max-bytes", STANDARD_MAX_BYTES);
  }

  /**
   * At most this many uploads are held in memory at once (setting
   * buergernah.dokument.gleichzeitig).
   */
  private static final Semaphore GLEICHZEITIG =
      new Semaphore((int) Einstellungen.zahl("buergernah.dokument.gleichzeitig", 4), true);

  /**
   * Checks access, reads at most the size limit from the stream, detects the type and stores the
   * document. The body is read outside any transaction (a slow link holds no database connection);
   * too large or not allowed: nothing is stored.
   */
  public DokumentDto hochladen(String vorgangNummer, String dateiname, InputStream inhalt) {
    Akteur a = aktuell.get();
    Vorgang v = vorgaenge.ladenFuer(vorgangNummer, "hochladen");
    boolean erhalten;
    try {
      erhalten = GLEICHZEITIG.tryAcquire(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      erhalten = false;
    }
    if (!erhalten) {
      throw new FachlicherFehler(
          503,
          "ausgelastet",
          "Ausgelastet",
          "Gerade werden viele Dokumente hochgeladen. Bitte versuchen Sie es gleich noch einmal.");
    }
    try {
      long max = maxBytes();
      byte[] daten = lesenBegrenzt(inhalt, max);
      if (daten == null) {
        audit.fehlschlag(
            a.mandantId(), a.name(), Aktion.HOCHLADEN, "Dokument", null, v.getNummer(), "zu groß");
        throw new FachlicherFehler(
            413,
            "dokument-zu-gross",
            "Dokument zu groß",
            "Das Dokument ist größer als "
                + (max / (1024 * 1024))
                + " MB und wurde nicht gespeichert.");
      }
      if (daten.length == 0) {
        throw FachlicherFehler.ungueltig("Das Dokument ist leer.");
      }
      Optional<Medientyp> typ = Medientyp.erkennen(daten);
      if (typ.isEmpty()) {
        audit.fehlschlag(
            a.mandantId(),
            a.name(),
            Aktion.HOCHLADEN,
            "Dokument",
            null,
            v.getNummer(),
            "Typ nicht erlaubt");
        throw new FachlicherFehler(
            415,
            "dokumenttyp-nicht-erlaubt",
            "Dokumenttyp nicht erlaubt",
            "Erlaubt sind nur PDF, JPEG, PNG und TIFF. Der Inhalt dieser Datei ist keiner dieser Typen.");
      }
      return selbst.speichern(
          v.getId(), Dateiname.bereinigen(dateiname, typ.get()), typ.get(), daten);
    } finally {
      GLEICHZEITIG.release();
    }
  }

  /** Stores a checked document in one short transaction and wakes a process waiting for it. */
  @Transactional
  public DokumentDto speichern(long vorgangId, String dateiname, Medientyp typ, byte[] daten) {
    Akteur a = aktuell.get();
    Vorgang v = em.find(Vorgang.class, vorgangId);
    Dokument d =
        new Dokument(
            v, dateiname, typ, daten.length, Passwort.sha256Hex(daten), a.name(), Instant.now());
    em.persist(d);
    em.flush();
    em.persist(new DokumentInhalt(d.getId(), daten));
    audit.protokollieren(
        Aktion.HOCHLADEN,
        "Dokument",
        d.getId(),
        v.getNummer(),
        typ.mime() + ", " + daten.length + " Bytes");
    // from any channel: a process waiting for documents of this case continues
    workflow.nachricht(NACHRICHT_UNTERLAGEN_EINGEGANGEN, v.getId());
    return dto(d);
  }

  /** Stores a document the system generated (a notice), audited as the process. */
  @Transactional
  public long systemSpeichern(long vorgangId, String dateiname, Medientyp typ, byte[] daten) {
    Vorgang v = em.find(Vorgang.class, vorgangId);
    Dokument d =
        new Dokument(
            v,
            dateiname,
            typ,
            daten.length,
            Passwort.sha256Hex(daten),
            "system:prozess",
            Instant.now());
    em.persist(d);
    em.flush();
    em.persist(new DokumentInhalt(d.getId(), daten));
    audit.system(
        v.getMandant().getId(), Aktion.ANLEGEN, "Dokument", d.getId(), v.getNummer(), dateiname);
    return d.getId();
  }

  @Transactional
  public List<DokumentDto> liste(String vorgangNummer) {
    Vorgang v = vorgaenge.ladenFuer(vorgangNummer, "Dokumente auflisten");
    audit.protokollieren(Aktion.LESEN, "Dokumentliste", v.getId(), v.getNummer(), null);
    return em.createQuery(
            "select d from Dokument d where d.vorgang = :v order by d.id", Dokument.class)
        .setParameter("v", v)
        .getResultStream()
        .map(DokumentService::dto)
        .toList();
  }

  /** Returns the content after checking its SHA-256; a mismatch is reported, not delivered. */
  @Transactional
  public Datei herunterladen(String vorgangNummer, long id) {
    Akteur a = aktuell.get();
    Vorgang v = vorgaenge.ladenFuer(vorgangNummer, "herunterladen");
    Dokument d = em.find(Dokument.class, id);
    if (d == null || !d.getVorgang().getId().equals(v.getId())) {
      throw FachlicherFehler.nichtGefunden("Dieses Dokument gibt es in diesem Vorgang nicht.");
    }
    byte[] daten = em.find(DokumentInhalt.class, d.getId()).getDaten();
    if (!Passwort.sha256Hex(daten).equals(d.getSha256())) {
      audit.fehlschlag(
          a.mandantId(),
          a.name(),
          Aktion.HERUNTERLADEN,
          "Dokument",
          d.getId(),
          v.getNummer(),
          "Prüfsumme falsch");
      throw new FachlicherFehler(
          409,
          "dokument-beschaedigt",
          "Dokument beschädigt",
          "Der gespeicherte Inhalt stimmt nicht mehr mit seiner Prüfsumme überein. Bitte wenden Sie sich an die Administration.");
    }
    audit.protokollieren(Aktion.HERUNTERLADEN, "Dokument", d.getId(), v.getNummer(), null);
    return new Datei(d.getDateiname(), d.getMedientyp(), daten);
  }

  /** All bytes, or null when there are more than {@code max}. */
  static byte[] lesenBegrenzt(InputStream in, long max) {
    if (in == null) {
      return new byte[0];
    }
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] puffer = new byte[64 * 1024];
      long gesamt = 0;
      int n;
      while ((n = in.read(puffer)) != -1) {
        gesamt += n;
        if (gesamt > max) {
          // read the rest away so the client receives the answer instead of a broken connection
          in.transferTo(java.io.OutputStream.nullOutputStream());
          return null;
        }
        out.write(puffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DokumentDto dto(Dokument d) {
    return new DokumentDto(
        d.getId(),
        d.getVorgang().getNummer(),
        d.getDateiname(),
        d.getMedientyp(),
        d.getGroesse(),
        d.getSha256(),
        d.getHochgeladenAm());
  }
}
