package de.buergernah.api.hundesteuer;

import java.util.List;

/** Body of {@code POST /api/v1/hundesteuer/berechnung}; {@code ermaessigungen} e.g. SOZIALPASS. */
public record HundesteuerAnfrage(
    String mandant, Integer jahr, List<HundAngabe> hunde, List<String> ermaessigungen) {}
