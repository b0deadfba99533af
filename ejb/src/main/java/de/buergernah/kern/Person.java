package de.buergernah.kern;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A citizen, with only the data a procedure needs. {@link #toString()} is masked so that a person
 * never reaches a log file by accident.
 */
@Entity
public class Person {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Mandant mandant;

  private String familienname;
  private String vornamen;
  private LocalDate geburtsdatum;
  private String anschrift;
  private Instant angelegtAm = Instant.now();

  protected Person() {}

  public Person(
      Mandant mandant,
      String familienname,
      String vornamen,
      LocalDate geburtsdatum,
      String anschrift) {
    this.mandant = mandant;
    this.familienname = familienname;
    this.vornamen = vornamen;
    this.geburtsdatum = geburtsdatum;
    this.anschrift = anschrift;
  }

  public Long getId() {
    return id;
  }

  public Mandant getMandant() {
    return mandant;
  }

  public String getFamilienname() {
    return familienname;
  }

  public String getVornamen() {
    return vornamen;
  }

  public LocalDate getGeburtsdatum() {
    return geburtsdatum;
  }

  public String getAnschrift() {
    return anschrift;
  }

  @Override
  public String toString() {
    return "Person[id=" + id + ", ***]";
  }
}
