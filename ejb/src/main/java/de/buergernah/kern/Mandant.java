package de.buergernah.kern;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A municipality served by this installation; every piece of data belongs to exactly one. */
@Entity
public class Mandant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String schluessel;
  private String name;

  protected Mandant() {}

  public Mandant(String schluessel, String name) {
    this.schluessel = schluessel;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getSchluessel() {
    return schluessel;
  }

  public String getName() {
    return name;
  }
}
