package de.buergernah.kern;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A department of a Mandant (Steueramt, Meldestelle, Wohngeldstelle, …). */
@Entity
public class Fachbereich {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Mandant mandant;

  private String schluessel;
  private String name;

  protected Fachbereich() {}

  public Fachbereich(Mandant mandant, String schluessel, String name) {
    this.mandant = mandant;
    this.schluessel = schluessel;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public Mandant getMandant() {
    return mandant;
  }

  public String getSchluessel() {
    return schluessel;
  }

  public String getName() {
    return name;
  }

  /** Candidate group of this department's tasks in the workflow engine. */
  public String aufgabenGruppe() {
    return mandant.getSchluessel() + ":" + schluessel;
  }
}
