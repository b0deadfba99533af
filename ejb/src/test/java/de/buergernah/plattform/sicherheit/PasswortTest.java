package de.buergernah.plattform.sicherheit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswortTest {

  @Test
  void hashIstGesalzenLangsamUndPruefbar() {
    String a = Passwort.hashen("Sehr-Geheim-2026");
    String b = Passwort.hashen("Sehr-Geheim-2026");
    assertNotEquals(a, b, "Salz macht gleiche Passwörter verschieden");
    assertTrue(a.startsWith("pbkdf2-sha256$" + Passwort.ITERATIONEN + "$"));
    assertFalse(a.contains("Sehr-Geheim"));
    assertTrue(Passwort.pruefen("Sehr-Geheim-2026", a));
    assertFalse(Passwort.pruefen("Sehr-Geheim-2027", a));
    assertFalse(Passwort.pruefen("x", "kaputt"));
  }

  @Test
  void schwachePasswoerterWerdenAbgelehnt() {
    assertEquals(
        "Das Passwort muss mindestens 12 Zeichen lang sein.", Passwort.schwaecheOderNull("kurz-1"));
    assertTrue(Passwort.schwaecheOderNull("nurbuchstabenlang").contains("Ziffern"));
    assertNull(Passwort.schwaecheOderNull("Lang-genug-2026"));
  }

  @Test
  void sha256AlsHex() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Passwort.sha256Hex("abc"));
  }
}
