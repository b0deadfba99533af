package de.buergernah.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  }

  @Test
  void ohneZugangKeinStart() {
    assertThrows(IllegalArgumentException.class, () -> AgentKonfiguration.aus(Map.of()));
  }
}
