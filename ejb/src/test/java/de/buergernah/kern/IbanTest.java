package de.buergernah.kern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IbanTest {

  @Test
  void pruefzifferUndSchreibweise() {
    Iban i = new Iban("de89 3704 0044 0532 0130 00");
    assertEquals("DE89370400440532013000", i.wert());
    assertEquals("DE89 3704 0044 0532 0130 00", i.formatiert());
    assertThrows(IllegalArgumentException.class, () -> new Iban("DE88370400440532013000"));
    assertThrows(IllegalArgumentException.class, () -> new Iban("DE8937040044053201300"));
    assertThrows(IllegalArgumentException.class, () -> new Iban(null));
  }

  @Test
  void bankverbindungPrueftBic() {
    Iban i = new Iban("DE02120300000000202051");
    assertEquals("BYLADEM1001", new Bankverbindung(" Kasse ", i, "byla dem1 001").bic());
    assertEquals("Kasse", new Bankverbindung(" Kasse ", i, "").kontoinhaber());
    assertThrows(IllegalArgumentException.class, () -> new Bankverbindung("Kasse", i, "BYLADEM"));
    assertThrows(IllegalArgumentException.class, () -> new Bankverbindung(" ", i, null));
  }
}
