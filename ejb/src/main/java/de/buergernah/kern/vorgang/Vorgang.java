package de.buergernah.kern.vorgang;

import de.buergernah.api.vorgang.Kanal;
import de.buergernah.kern.Fachbereich;
import de.buergernah.kern.Mandant;
import de.buergernah.kern.Person;
import de.buergernah.plattform.sicherheit.Geraet;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/** A case: one procedure for one citizen, through one channel, linked to its process instance. */
@Entity
public class Vorgang {

  public static final String STATUS_OFFEN = "OFFEN";
  public static final String STATUS_NACHFORDERUNG = "NACHFORDERUNG";
  public static final String STATUS_FESTGESETZT = "FESTGESETZT";
  public static final String STATUS_ABGESCHLOSSEN = "ABGESCHLOSSEN";
  public static final String STATUS_ZURUECKGEZOGEN = "ZURUECKGEZOGEN";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  private Mandant mandant;

  private String nummer;
  private String verfahren;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  private Fachbereich fachbereich;

  @Enumerated(EnumType.STRING)
  private Kanal kanal;

  private String status;
  private String betreff;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY)
  private Geraet geraet;

  private String angelegtVon;
  private String prozessInstanzId;
  private String idempotenzSchluessel;
  private Instant angelegtAm;
  private Instant geaendertAm;

  @Version private int version;

  protected Vorgang() {}

  public Vorgang(
      Mandant mandant,
      Vorgangsnummer nummer,
      String verfahren,
      Fachbereich fachbereich,
      Kanal kanal,
      String betreff,
      Geraet geraet,
      String angelegtVon,
      Instant jetzt) {
    this.mandant = mandant;
    this.nummer = nummer.wert();
    this.verfahren = verfahren;
    this.fachbereich = fachbereich;
    this.kanal = kanal;
    this.betreff = betreff;
    this.geraet = geraet;
    this.angelegtVon = angelegtVon;
    this.status = STATUS_OFFEN;
    this.angelegtAm = jetzt;
    this.geaendertAm = jetzt;
  }

  void prozessVerknuepfen(String prozessInstanzId) {
    this.prozessInstanzId = prozessInstanzId;
  }

  void idempotenzSchluesselSetzen(String schluessel) {
    this.idempotenzSchluessel = schluessel;
  }

  /** A step of the procedure moved the case on. */
  public void statusSetzen(String neuerStatus, Instant jetzt) {
    this.status = neuerStatus;
    this.geaendertAm = jetzt;
  }

  public Long getId() {
    return id;
  }

  public Mandant getMandant() {
    return mandant;
  }

  public String getNummer() {
    return nummer;
  }

  public String getVerfahren() {
    return verfahren;
  }

  public Fachbereich getFachbereich() {
    return fachbereich;
  }

  public Kanal getKanal() {
    return kanal;
  }

  public String getStatus() {
    return status;
  }

  public String getBetreff() {
    return betreff;
  }

  public Geraet getGeraet() {
    return geraet;
  }

  public String getAngelegtVon() {
    return angelegtVon;
  }

  public String getProzessInstanzId() {
    return prozessInstanzId;
  }

  public Instant getAngelegtAm() {
    return angelegtAm;
  }

  public Instant getGeaendertAm() {
    return geaendertAm;
  }
}
