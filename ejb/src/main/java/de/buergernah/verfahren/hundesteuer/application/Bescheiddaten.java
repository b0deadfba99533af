package de.buergernah.verfahren.hundesteuer.application;

import de.buergernah.kern.Bankverbindung;
import de.buergernah.verfahren.hundesteuer.domain.Hundesteuerbescheid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a Steuerbescheid for "Hund anmelden" shows. The figures come unchanged from the computed
 * {@link Hundesteuerbescheid}; the GiroCode is made for the first instalment.
 *
 * @param kasse the Mandant's treasury account that receives the payments
 * @param vorgangsnummer printed as reference and used as remittance text of the payment
 * @param bescheidVom date of the notice
 * @param halterAnschrift postal address of the keeper, may be null
 * @param satzung name of the statute the tax is levied under
 * @param hunde per dog, in the order of the notice
 * @param faelligkeiten the instalments; empty when nothing is to be paid
 */
public record Bescheiddaten(
    Behoerde behoerde,
    Bankverbindung kasse,
    String vorgangsnummer,
    LocalDate bescheidVom,
    String halterName,
    String halterAnschrift,
    String satzung,
    int jahr,
    List<Posten> hunde,
    BigDecimal jahresbetrag,
    List<Hundesteuerbescheid.Rate> faelligkeiten) {

  public Bescheiddaten {
    Objects.requireNonNull(behoerde, "behoerde");
    Objects.requireNonNull(kasse, "kasse");
    Objects.requireNonNull(vorgangsnummer, "vorgangsnummer");
    Objects.requireNonNull(bescheidVom, "bescheidVom");
    Objects.requireNonNull(halterName, "halterName");
    Objects.requireNonNull(satzung, "satzung");
    Objects.requireNonNull(jahresbetrag, "jahresbetrag");
    hunde = List.copyOf(hunde);
    faelligkeiten = List.copyOf(faelligkeiten);
    if (hunde.isEmpty()) {
      throw new IllegalArgumentException("Ein Bescheid braucht mindestens einen Hund.");
    }
  }

  /**
   * One dog's line of the notice.
   *
   * @param steuermarke the dog-tag number, may be null
   * @param steuerpflichtVon null when the dog is not liable in this year (exempt or outside it)
   */
  public record Posten(
      String name,
      String steuermarke,
      BigDecimal steuersatz,
      BigDecimal betrag,
      LocalDate steuerpflichtVon,
      LocalDate steuerpflichtBis) {

    /** A line from the dog's name and tag and its computed tax. */
    public static Posten aus(String name, String steuermarke, Hundesteuerbescheid.Posten p) {
      return new Posten(
          name,
          steuermarke,
          p.steuersatz(),
          p.betrag(),
          p.steuerpflichtVon(),
          p.steuerpflichtBis());
    }
  }
}
