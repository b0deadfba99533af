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
  private String leikaSchluessel;
  private String fachbereich;
  private String kanaele;
  private String unterlagen;

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

  public String getLeikaSchluessel() {
    return leikaSchluessel;
  }

  /** Key of the department that handles the procedure in every Mandant. */
  public String getFachbereich() {
    return fachbereich;
  }

  /** Channels offered, comma-separated (BUERGERBUERO, KOFFER, TERMINAL, ONLINE). */
  public String getKanaele() {
    return kanaele;
  }

  /** Required documents, one per line or separated by semicolons. */
  public String getUnterlagen() {
    return unterlagen;
  }
}
