package de.buergernah.kern;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Optional;

/** A municipality served by this installation; every piece of data belongs to exactly one. */
@Entity
public class Mandant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String schluessel;
  private String name;

  /** The treasury (Kasse) that receives payments; printed on notices and in their GiroCode. */
  private String kasseName;

  private String iban;
  private String bic;

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

  /** The treasury's account, or empty when none is configured. */
  public Optional<Bankverbindung> bankverbindung() {
    return iban == null
        ? Optional.empty()
        : Optional.of(new Bankverbindung(kasseName, new Iban(iban), bic));
  }

  public void bankverbindungSetzen(Bankverbindung b) {
    this.kasseName = b == null ? null : b.kontoinhaber();
    this.iban = b == null ? null : b.iban().wert();
    this.bic = b == null ? null : b.bic();
  }
}
