package de.buergernah.api.hundesteuer;

import java.util.List;

/**
 * State of a registration: the case status, and after the tax was computed the annual amount and
 * the dog-tag numbers (Steuermarken) in the order of the dogs.
 */
public record HundeanmeldungStand(
    String vorgang,
    String status,
    Integer jahr,
    String jahresbetrag,
    List<String> steuermarken,
    String halter,
    String anschrift,
    List<String> ermaessigungen,
    List<Hundeanmeldung.Hund> hunde) {}
