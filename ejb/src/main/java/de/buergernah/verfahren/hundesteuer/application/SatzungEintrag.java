package de.buergernah.verfahren.hundesteuer.application;

import de.buergernah.kern.Mandant;
import de.buergernah.verfahren.hundesteuer.domain.Satzung;
import de.buergernah.verfahren.hundesteuer.domain.Zeitanteil;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stored version of a Hundesteuersatzung (table hundesteuer_satzung). */
@Entity
@Table(name = "hundesteuer_satzung")
public class SatzungEintrag {

  /** A reduction of this version. */
  @Embeddable
  public static class Ermaessigung {
    String schluessel;
    String bezeichnung;
    BigDecimal prozent;

    protected Ermaessigung() {}

    public Ermaessigung(String schluessel, String bezeichnung, BigDecimal prozent) {
      this.schluessel = schluessel;
      this.bezeichnung = bezeichnung;
      this.prozent = prozent;
    }

    public String getSchluessel() {
      return schluessel;
    }

    public String getBezeichnung() {
      return bezeichnung;
    }

    public BigDecimal getProzent() {
      return prozent;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  private Mandant mandant;

  private LocalDate gueltigAb;
  private LocalDate gueltigBis;
  private String bezeichnung;
  private String quelle;
  private BigDecimal satzErsterHund;
  private BigDecimal satzWeitererHund;
  private BigDecimal satzGefaehrlichErster;
  private BigDecimal satzGefaehrlichWeiterer;
  private BigDecimal satzMikrochip;

  @Enumerated(EnumType.STRING)
  private Zeitanteil zeitanteil;

  private int mindestalterMonate;
  private int tierheimFreiMonate;
  private String faelligkeiten;
  private String befreiungsgruende;
  private String angelegtVon;
  private Instant angelegtAm = Instant.now();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "hundesteuer_ermaessigung",
      joinColumns = @JoinColumn(name = "satzung_id"))
  private List<Ermaessigung> ermaessigungen = new ArrayList<>();

  protected SatzungEintrag() {}

  public SatzungEintrag(
      Mandant mandant,
      LocalDate gueltigAb,
      Satzung s,
      String quelle,
      String befreiungsgruende,
      List<Ermaessigung> ermaessigungen,
      String angelegtVon) {
    this.mandant = mandant;
    this.gueltigAb = gueltigAb;
    this.bezeichnung = s.bezeichnung();
    this.quelle = quelle;
    this.satzErsterHund = s.satzErsterHund();
    this.satzWeitererHund = s.satzWeitererHund();
    this.satzGefaehrlichErster = s.satzGefaehrlichErster();
    this.satzGefaehrlichWeiterer = s.satzGefaehrlichWeiterer();
    this.satzMikrochip = s.satzMikrochip();
    this.zeitanteil = s.zeitanteil();
    this.mindestalterMonate = s.mindestalterMonate();
    this.tierheimFreiMonate = s.tierheimFreiMonate();
    this.faelligkeiten =
        s.faelligkeiten().stream()
            .map(m -> String.format("%02d-%02d", m.getMonthValue(), m.getDayOfMonth()))
            .reduce((a, b) -> a + "," + b)
            .orElseThrow();
    this.befreiungsgruende = befreiungsgruende;
    this.ermaessigungen = new ArrayList<>(ermaessigungen);
    this.angelegtVon = angelegtVon;
  }

  /** Ends this version the day before a newer one starts. */
  public void endenVor(LocalDate neuerBeginn) {
    this.gueltigBis = neuerBeginn.minusDays(1);
  }

  /** The rules for the computation. */
  public Satzung satzung() {
    Map<String, BigDecimal> prozent = new LinkedHashMap<>();
    ermaessigungen.forEach(e -> prozent.put(e.getSchluessel(), e.getProzent()));
    return new Satzung(
        bezeichnung,
        gueltigAb,
        gueltigBis,
        satzErsterHund,
        satzWeitererHund,
        satzGefaehrlichErster,
        satzGefaehrlichWeiterer,
        satzMikrochip,
        zeitanteil,
        mindestalterMonate,
        tierheimFreiMonate,
        Satzung.faelligkeitenAus(faelligkeiten),
        prozent);
  }

  public Long getId() {
    return id;
  }

  public Mandant getMandant() {
    return mandant;
  }

  public LocalDate getGueltigAb() {
    return gueltigAb;
  }

  public LocalDate getGueltigBis() {
    return gueltigBis;
  }

  public String getQuelle() {
    return quelle;
  }

  public String getFaelligkeiten() {
    return faelligkeiten;
  }

  public String getBefreiungsgruende() {
    return befreiungsgruende;
  }

  public List<Ermaessigung> getErmaessigungen() {
    return ermaessigungen;
  }
}
