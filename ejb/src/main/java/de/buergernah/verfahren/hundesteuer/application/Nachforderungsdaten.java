package de.buergernah.verfahren.hundesteuer.application;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a request for missing documents (Nachforderung) shows.
 *
 * @param unterlagen the documents asked for, as the citizen reads them
 * @param frist the last day to send them
 */
public record Nachforderungsdaten(
    Behoerde behoerde,
    String vorgangsnummer,
    LocalDate schreibenVom,
    LocalDate frist,
    String halterName,
    String halterAnschrift,
    String unterlagen) {

  public Nachforderungsdaten {
    Objects.requireNonNull(behoerde, "behoerde");
    Objects.requireNonNull(vorgangsnummer, "vorgangsnummer");
    Objects.requireNonNull(schreibenVom, "schreibenVom");
    Objects.requireNonNull(frist, "frist");
    Objects.requireNonNull(halterName, "halterName");
  }
}
