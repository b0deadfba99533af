package de.buergernah.kern.dokument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The bytes of a document (PostgreSQL bytea), loaded only for downloads. */
@Entity
public class DokumentInhalt {

  @Id private Long dokumentId;

  @Column(columnDefinition = "bytea")
  private byte[] daten;

  protected DokumentInhalt() {}

  DokumentInhalt(Long dokumentId, byte[] daten) {
    this.dokumentId = dokumentId;
    this.daten = daten;
  }

  byte[] getDaten() {
    return daten;
  }
}
