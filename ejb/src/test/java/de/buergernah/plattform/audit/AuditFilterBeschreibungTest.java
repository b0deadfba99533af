package de.buergernah.plattform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditFilterBeschreibungTest {

  @Test
  void derFilterStehtLesbarImProtokoll() {
    assertEquals("ohne Filter", AuditService.beschreibung(AuditFilter.alle()));
    assertEquals(
        "Filter: Aktion ANMELDUNG, Vorgang HST-2026-000001, von 01.12.2026",
        AuditService.beschreibung(
            new AuditFilter(
                " ", Aktion.ANMELDUNG, "HST-2026-000001", LocalDate.of(2026, 12, 1), null)));
  }
}
