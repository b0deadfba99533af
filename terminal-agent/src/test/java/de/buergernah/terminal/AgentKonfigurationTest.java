package de.buergernah.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentKonfigurationTest {

  @Test
  void liestServerUndZugangUndVerbirgtDenZugang() {
    AgentKonfiguration k =
        AgentKonfiguration.aus(
            Map.of(
                "BUERGERNAH_SERVER",
                "https://rathaus.example",
                "BUERGERNAH_GERAETEZUGANG",
                "bn1.abc.geheim"));
    assertEquals("https://rathaus.example/api/v1/", k.api().toString());
    assertFalse(k.toString().contains("geheim"));
    assertNull(k.drucker(), "ohne Drucker in die Ablage");
    assertEquals(Path.of("ablage"), k.ablage());
  }

  @Test
  void druckerUndAblageSindEinstellbar() {
    AgentKonfiguration k =
        AgentKonfiguration.aus(
            Map.of(
                "BUERGERNAH_GERAETEZUGANG", "bn1.abc.geheim",
                "BUERGERNAH_DRUCKER", "Kiosk_Laser",
                "BUERGERNAH_ABLAGE", "/var/lib/terminal/belege"));
    assertEquals("Kiosk_Laser", k.drucker());
    assertEquals(Path.of("/var/lib/terminal/belege"), k.ablage());
  }

  @Test
  void ohneZugangKeinStart() {
    assertThrows(IllegalArgumentException.class, () -> AgentKonfiguration.aus(Map.of()));
  }

  @Test
  void fehlerNennenDenZugangNie() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AgentKonfiguration.aus(Map.of("BUERGERNAH_GERAETEZUGANG", "bn1.mit leerzeichen")));
    assertFalse(e.getMessage().contains("leerzeichen"));
  }

  @Test
  void einDruckernameKannKeineOptionVonLpSein() {
    for (String name : new String[] {"-o raw", "Drucker 2", "../x", "a#b"}) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              AgentKonfiguration.aus(
                  Map.of("BUERGERNAH_GERAETEZUGANG", "bn1.a.b", "BUERGERNAH_DRUCKER", name)),
          name);
    }
  }
}
