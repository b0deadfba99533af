package de.buergernah.kern.dokument;

import de.buergernah.kern.vorgang.Vorgang;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** Metadata of a document; the bytes are in {@link DokumentInhalt}. */
@Entity
public class Dokument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Vorgang vorgang;

  private String dateiname;
  private String medientyp;
  private long groesse;
  private String sha256;
  private String hochgeladenVon;
  private Instant hochgeladenAm;

  protected Dokument() {}

  Dokument(
      Vorgang vorgang,
      String dateiname,
      Medientyp typ,
      long groesse,
      String sha256,
      String von,
      Instant am) {
    this.vorgang = vorgang;
    this.dateiname = dateiname;
    this.medientyp = typ.mime();
    this.groesse = groesse;
    this.sha256 = sha256;
    this.hochgeladenVon = von;
    this.hochgeladenAm = am;
  }

  public Long getId() {
    return id;
  }

  public Vorgang getVorgang() {
    return vorgang;
  }

  public String getDateiname() {
    return dateiname;
  }

  public String getMedientyp() {
    return medientyp;
  }

  public long getGroesse() {
    return groesse;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getHochgeladenAm() {
    return hochgeladenAm;
  }
}
