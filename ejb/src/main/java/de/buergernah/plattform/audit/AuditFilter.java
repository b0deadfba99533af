package de.buergernah.plattform.audit;

import java.time.LocalDate;

/** Filter of the audit view; null fields do not filter. Dates are inclusive, Europe/Berlin. */
public record AuditFilter(
    String akteur, Aktion aktion, String vorgangNummer, LocalDate von, LocalDate bis) {

  public static AuditFilter alle() {
    return new AuditFilter(null, null, null, null, null);
  }
}
