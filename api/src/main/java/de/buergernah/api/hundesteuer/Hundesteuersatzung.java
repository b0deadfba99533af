package de.buergernah.api.hundesteuer;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a Mandant's Hundesteuersatzung. Amounts are annual rates as decimal strings.
 *
 * @param id null when creating a new version
 * @param gueltigBis set by the server when a newer version starts
 * @param zeitanteil MONAT or QUARTAL: how liability starts and ends during the year
 * @param satzMikrochip optional lower rate for dogs with a microchip
 * @param faelligkeiten due dates {@code MM-TT,…}, e.g. {@code 02-15,05-15,08-15,11-15}
 * @param befreiungsgruende exemptions on application, one per line (shown to clerks and citizens)
 */
public record Hundesteuersatzung(
    Long id,
    String mandant,
    LocalDate gueltigAb,
    LocalDate gueltigBis,
    String bezeichnung,
    String quelle,
    String satzErsterHund,
    String satzWeitererHund,
    String satzGefaehrlichErster,
    String satzGefaehrlichWeiterer,
    String satzMikrochip,
    String zeitanteil,
    Integer mindestalterMonate,
    Integer tierheimFreiMonate,
    String faelligkeiten,
    String befreiungsgruende,
    List<Ermaessigung> ermaessigungen) {

  /** A reduction in percent, applied on request (e.g. SOZIALPASS 50). */
  public record Ermaessigung(String schluessel, String bezeichnung, String prozent) {}
}
