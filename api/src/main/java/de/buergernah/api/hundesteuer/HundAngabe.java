package de.buergernah.api.hundesteuer;

import java.time.LocalDate;

/**
 * One dog in a pre-check; the order of dogs decides first or further dog.
 *
 * @param gehaltenAb keeping started; null: before the year
 * @param gehaltenBis keeping ended; null: after the year
 * @param geburtsdatum optional, for a dog acquired as a puppy
 * @param ausTierheim optional, taken from the animal shelter
 */
public record HundAngabe(
    LocalDate gehaltenAb,
    LocalDate gehaltenBis,
    LocalDate geburtsdatum,
    boolean gefaehrlich,
    boolean steuerbefreit,
    boolean mikrochip,
    boolean ausTierheim) {}
