package de.buergernah.verfahren.hundesteuer.application;

import de.buergernah.kern.Person;
import de.buergernah.kern.vorgang.Vorgang;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The data of a "Hund anmelden" case: keeper, dogs, reductions, and the computed tax. */
@Entity
@Table(name = "hundesteuer_antrag")
public class HundesteuerAntrag {

  /** One dog of the application. */
  @Embeddable
  public static class AngemeldeterHund {
    String name;
    String rasse;
    LocalDate gehaltenAb;
    LocalDate gehaltenBis;
    LocalDate geburtsdatum;
    boolean gefaehrlich;
    boolean steuerbefreit;
    boolean mikrochip;
    boolean ausTierheim;
    String steuermarke;

    protected AngemeldeterHund() {}

    public AngemeldeterHund(
        String name,
        String rasse,
        LocalDate gehaltenAb,
        LocalDate geburtsdatum,
        boolean gefaehrlich,
        boolean steuerbefreit,
        boolean mikrochip,
        boolean ausTierheim) {
      this.name = name;
      this.rasse = rasse;
      this.gehaltenAb = gehaltenAb;
      this.geburtsdatum = geburtsdatum;
      this.gefaehrlich = gefaehrlich;
      this.steuerbefreit = steuerbefreit;
      this.mikrochip = mikrochip;
      this.ausTierheim = ausTierheim;
    }

    de.buergernah.verfahren.hundesteuer.domain.Hund fuerBerechnung() {
      return new de.buergernah.verfahren.hundesteuer.domain.Hund(
          gehaltenAb,
          gehaltenBis,
          geburtsdatum,
          gefaehrlich,
          steuerbefreit,
          mikrochip,
          ausTierheim);
    }

    public String getSteuermarke() {
      return steuermarke;
    }

    public String getName() {
      return name;
    }

    public String getRasse() {
      return rasse;
    }

    public LocalDate getGehaltenAb() {
      return gehaltenAb;
    }

    de.buergernah.api.hundesteuer.Hundeanmeldung.Hund alsAngabe() {
      return new de.buergernah.api.hundesteuer.Hundeanmeldung.Hund(
          name,
          rasse,
          gehaltenAb,
          geburtsdatum,
          gefaehrlich,
          steuerbefreit,
          mikrochip,
          ausTierheim);
    }
  }

  @Id private Long vorgangId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "vorgang_id")
  private Vorgang vorgang;

  private String art = "ANMELDUNG";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Person person;

  private int jahr;
  private String ermaessigungen;
  private BigDecimal jahresbetrag;
  private Instant festgesetztAm;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "hundesteuer_antrag_hund", joinColumns = @JoinColumn(name = "vorgang_id"))
  @OrderColumn(name = "position")
  private List<AngemeldeterHund> hunde = new ArrayList<>();

  protected HundesteuerAntrag() {}

  public HundesteuerAntrag(
      Vorgang vorgang,
      Person person,
      int jahr,
      List<String> ermaessigungen,
      List<AngemeldeterHund> hunde) {
    this.vorgang = vorgang;
    this.person = person;
    this.jahr = jahr;
    this.ermaessigungen = String.join(",", ermaessigungen);
    this.hunde = new ArrayList<>(hunde);
  }

  /** Records the computed tax and gives every taxable dog a tag number. */
  void festsetzen(BigDecimal betrag, Instant jetzt) {
    this.jahresbetrag = betrag;
    this.festgesetztAm = jetzt;
    String basis = vorgang.getNummer().substring(vorgang.getNummer().indexOf('-') + 1);
    for (int i = 0; i < hunde.size(); i++) {
      hunde.get(i).steuermarke = basis + "/" + (i + 1);
    }
  }

  /** "Vornamen Familienname" of the keeper. */
  public String halterName() {
    return person.getVornamen() == null
        ? person.getFamilienname()
        : person.getVornamen() + " " + person.getFamilienname();
  }

  public String halterAnschrift() {
    return person.getAnschrift();
  }

  public Vorgang getVorgang() {
    return vorgang;
  }

  public int getJahr() {
    return jahr;
  }

  public List<String> ermaessigungen() {
    return ermaessigungen == null || ermaessigungen.isBlank()
        ? List.of()
        : List.of(ermaessigungen.split(","));
  }

  public BigDecimal getJahresbetrag() {
    return jahresbetrag;
  }

  public List<AngemeldeterHund> getHunde() {
    return hunde;
  }
}
