package de.buergernah.kern.vorgang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VorgangsnummerTest {

  @Test
  void lesbareNummerAusKuerzelJahrUndLaufenderNummer() {
    assertEquals("HST-2026-000123", Vorgangsnummer.von("HST", 2026, 123).wert());
    assertTrue(Vorgangsnummer.istGueltig("ALG-2026-000001"));
    assertFalse(Vorgangsnummer.istGueltig("ALG-2026-1"));
    assertFalse(Vorgangsnummer.istGueltig("'; drop table vorgang; --"));
    assertThrows(IllegalArgumentException.class, () -> new Vorgangsnummer("x"));
  }
}
