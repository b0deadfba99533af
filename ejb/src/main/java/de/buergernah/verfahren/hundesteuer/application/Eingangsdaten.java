package de.buergernah.verfahren.hundesteuer.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the receipt (Eingangsbestätigung) of a "Hund anmelden" application shows.
 *
 * @param halterAnschrift may be null
 * @param hunde the registered dogs, in the order of the application
 */
public record Eingangsdaten(
    Behoerde behoerde,
    String vorgangsnummer,
    LocalDate eingegangenAm,
    String halterName,
    String halterAnschrift,
    List<Hundeangabe> hunde) {

  public Eingangsdaten {
    Objects.requireNonNull(behoerde, "behoerde");
    Objects.requireNonNull(vorgangsnummer, "vorgangsnummer");
    Objects.requireNonNull(eingegangenAm, "eingegangenAm");
    Objects.requireNonNull(halterName, "halterName");
    hunde = List.copyOf(hunde);
  }

  /**
   * One registered dog.
   *
   * @param rasse may be null
   * @param gehaltenAb may be null
   */
  public record Hundeangabe(String name, String rasse, LocalDate gehaltenAb) {}
}
