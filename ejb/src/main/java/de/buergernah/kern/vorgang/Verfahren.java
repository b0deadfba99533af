package de.buergernah.kern.vorgang;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An administrative procedure: its key, the prefix of its case numbers, and its BPMN process. */
@Entity
public class Verfahren {

  @Id private String schluessel;
  private String kuerzel;
  private String bezeichnung;
  private String prozessSchluessel;

  protected Verfahren() {}

  public String getSchluessel() {
    return schluessel;
  }

  public String getKuerzel() {
    return kuerzel;
  }

  public String getBezeichnung() {
    return bezeichnung;
  }

  public String getProzessSchluessel() {
    return prozessSchluessel;
  }
}
