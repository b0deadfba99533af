package de.buergernah.kern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An office, a village location or a care home where a terminal stands or a Koffer goes. */
@Entity
public class Standort {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Mandant mandant;

  private String schluessel;
  private String name;

  @Enumerated(EnumType.STRING)
  private StandortArt art;

  private String anschrift;

  protected Standort() {}

  public Standort(
      Mandant mandant, String schluessel, String name, StandortArt art, String anschrift) {
    this.mandant = mandant;
    this.schluessel = schluessel;
    this.name = name;
    this.art = art;
    this.anschrift = anschrift;
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

  public StandortArt getArt() {
    return art;
  }

  public String getAnschrift() {
    return anschrift;
  }
}
