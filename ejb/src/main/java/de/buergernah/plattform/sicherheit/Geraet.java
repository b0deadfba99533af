package de.buergernah.plattform.sicherheit;

import de.buergernah.api.verwaltung.GeraetArt;
import de.buergernah.kern.Mandant;
import de.buergernah.kern.Standort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A Bürgerterminal or Bürgerkoffer of a Mandant. It authenticates with a credential {@code
 * bn1.<kennung>.<geheimnis>}; only the SHA-256 of the secret is stored.
 */
@Entity
public class Geraet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  private Mandant mandant;

  @Enumerated(EnumType.STRING)
  private GeraetArt art;

  private String bezeichnung;

  @ManyToOne(fetch = FetchType.EAGER)
  private Standort standort;

  private String kennung;
  private String geheimnisHash;
  private Instant angelegtAm = Instant.now();
  private Instant widerrufenAm;

  protected Geraet() {}

  public Geraet(
      Mandant mandant,
      GeraetArt art,
      String bezeichnung,
      Standort standort,
      String kennung,
      String geheimnisHash) {
    this.mandant = mandant;
    this.art = art;
    this.bezeichnung = bezeichnung;
    this.standort = standort;
    this.kennung = kennung;
    this.geheimnisHash = geheimnisHash;
  }

  public void widerrufen(Instant jetzt) {
    if (widerrufenAm == null) {
      widerrufenAm = jetzt;
    }
  }

  public boolean istWiderrufen() {
    return widerrufenAm != null;
  }

  public Long getId() {
    return id;
  }

  public Mandant getMandant() {
    return mandant;
  }

  public GeraetArt getArt() {
    return art;
  }

  public String getBezeichnung() {
    return bezeichnung;
  }

  public Standort getStandort() {
    return standort;
  }

  public String getKennung() {
    return kennung;
  }

  String getGeheimnisHash() {
    return geheimnisHash;
  }

  public Instant getAngelegtAm() {
    return angelegtAm;
  }

  public Instant getWiderrufenAm() {
    return widerrufenAm;
  }
}
