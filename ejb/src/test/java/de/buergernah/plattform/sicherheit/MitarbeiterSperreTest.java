package de.buergernah.plattform.sicherheit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.buergernah.kern.Mandant;
import de.buergernah.kern.Rolle;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MitarbeiterSperreTest {

  @Test
  void fuenfFehlversucheSperrenFuerDieSperrdauerUndEinErfolgSetztZurueck() {
    Mitarbeiter m =
        new Mitarbeiter(
            new Mandant("musterstadt", "Musterstadt"),
            "max",
            "Max",
            "x",
            EnumSet.of(Rolle.ADMIN),
            Set.of());
    Instant t = Instant.parse("2026-12-01T10:00:00Z");
    for (int i = 0; i < 4; i++) {
      m.fehlversuch(t, 5, Duration.ofMinutes(15));
    }
    assertFalse(m.istGesperrt(t));
    m.erfolgreichAngemeldet(t);
    for (int i = 0; i < 4; i++) {
      m.fehlversuch(t, 5, Duration.ofMinutes(15));
    }
    assertFalse(m.istGesperrt(t), "der Erfolg hat den Zähler zurückgesetzt");
    m.fehlversuch(t, 5, Duration.ofMinutes(15));
    assertTrue(m.istGesperrt(t.plusSeconds(14 * 60)));
    assertFalse(m.istGesperrt(t.plusSeconds(15 * 60)));
  }
}
