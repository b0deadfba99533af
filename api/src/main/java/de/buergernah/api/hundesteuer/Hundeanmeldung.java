package de.buergernah.api.hundesteuer;

import java.time.LocalDate;
import java.util.List;

/**
 * An application to register dogs ("Hund anmelden"), from the counter, a terminal or a Koffer. Sent
 * to {@code POST /api/v1/hundesteuer/anmeldungen} with an {@code Idempotency-Key} header.
 *
 * @param jahr tax year; absent: the year in which keeping of the first dog starts
 * @param ermaessigungen reductions applied for (e.g. SOZIALPASS; proof as attached document)
 */
public record Hundeanmeldung(
    Halter halter, Integer jahr, List<Hund> hunde, List<String> ermaessigungen) {

  /** The keeper. */
  public record Halter(
      String familienname, String vornamen, LocalDate geburtsdatum, String anschrift) {}

  /** A dog; the order decides first or further dog. */
  public record Hund(
      String name,
      String rasse,
      LocalDate gehaltenAb,
      LocalDate geburtsdatum,
      boolean gefaehrlich,
      boolean steuerbefreit,
      boolean mikrochip,
      boolean ausTierheim) {}
}
