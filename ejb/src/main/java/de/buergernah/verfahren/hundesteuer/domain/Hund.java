package de.buergernah.verfahren.hundesteuer.domain;

import java.time.LocalDate;

/**
 * One dog of a household, in the order the household keeps them (the order decides first or further
 * dog).
 *
 * @param gehaltenAb keeping started; null: before the year
 * @param gehaltenBis keeping ended; null: after the year
 * @param geburtsdatum for a dog acquired as a puppy (taxed from the statute's minimum age), or null
 * @param ausTierheim taken from the animal shelter (some statutes grant free months)
 */
public record Hund(
    LocalDate gehaltenAb,
    LocalDate gehaltenBis,
    LocalDate geburtsdatum,
    boolean gefaehrlich,
    boolean steuerbefreit,
    boolean mikrochip,
    boolean ausTierheim) {}
