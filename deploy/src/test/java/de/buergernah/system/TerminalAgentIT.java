package de.buergernah.system;

import static de.buergernah.system.Server.demo;
import static de.buergernah.system.Server.get;
import static de.buergernah.system.Server.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.buergernah.terminal.TerminalAgent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The terminal agent, run in-process as on the kiosk, against the real server with the demo
 * terminal's credential: submit with a PDF, the Vorgang in the Steueramt's inbox, the same Vorgang
 * when the same file is submitted again, and a clear exit for a refused credential.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerminalAgentIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Server.ear();
  }

  /** The outcome of one run: exit code, stdout (the number) and stderr (the messages). */
  record Lauf(int code, String aus, String meldungen) {}

  static Lauf agent(Map<String, String> umgebung, String... argumente) {
    ByteArrayOutputStream aus = new ByteArrayOutputStream();
    ByteArrayOutputStream meldungen = new ByteArrayOutputStream();
    int code =
        TerminalAgent.ausfuehren(
            argumente,
            umgebung,
            new PrintStream(aus, true, StandardCharsets.UTF_8),
            new PrintStream(meldungen, true, StandardCharsets.UTF_8));
    return new Lauf(
        code, aus.toString(StandardCharsets.UTF_8), meldungen.toString(StandardCharsets.UTF_8));
  }

  static Path ordner() throws IOException {
    Path target = Path.of("target");
    Files.createDirectories(target);
    return Files.createTempDirectory(target, "terminal-agent-");
  }

  @Test
  void einAntragMitPdfKommtImSteueramtAnUndDerselbeAntragNochEinmalLiefertDenselbenVorgang()
      throws Exception {
    Path ordner = ordner();
    // a new address for every run: the key derived from the file's bytes is then new as well
    Path antrag =
        Files.writeString(
            ordner.resolve("antrag.json"),
            """
            {"halter":{"familienname":"Mustermann","vornamen":"Erika","geburtsdatum":"1964-08-12",
              "anschrift":"Heidestraße %s, 01234 Musterstadt"},
             "jahr":2026,"hunde":[{"name":"Bello","rasse":"Mischling","gehaltenAb":"2026-06-20"}]}
            """
                .formatted(Server.eindeutig("")),
            StandardCharsets.UTF_8);
    Path nachweis = Files.write(ordner.resolve("Nachweis Sozialpass.pdf"), DokumentIT.PDF);
    Path ablage = ordner.resolve("ablage");
    Map<String, String> umgebung =
        Map.of(
            "BUERGERNAH_SERVER", Server.BASIS,
            "BUERGERNAH_GERAETEZUGANG", Server.TERMINAL,
            "BUERGERNAH_ABLAGE", ablage.toString());

    Lauf erster = agent(umgebung, "submit", antrag.toString(), nachweis.toString());

    assertEquals(0, erster.code(), erster.meldungen());
    String nummer = erster.aus().strip();
    assertTrue(nummer.matches("HST-\\d{4}-\\d{6}"), nummer);
    assertTrue(
        erster.meldungen().contains("Antrag eingegangen: Vorgang " + nummer), erster.meldungen());
    assertFalse(erster.meldungen().contains(Server.TERMINAL), "der Gerätezugang erscheint nie");

    JsonNode aufgabe = HundAnmeldenIT.aufgabe("sachbearbeitung", nummer);
    assertNotNull(aufgabe, "der Vorgang liegt im Posteingang des Steueramts");
    assertEquals("Task_AntragPruefen", aufgabe.get("schluessel").asText());

    JsonNode dokumente =
        json(get("/api/v1/vorgaenge/" + nummer + "/dokumente", demo("sachbearbeitung")));
    assertEquals(1, dokumente.size(), dokumente.toString());
    assertEquals("application/pdf", dokumente.get(0).get("medientyp").asText());
    assertEquals(
        "Nachweis Sozialpass.pdf",
        dokumente.get(0).get("dateiname").asText(),
        "der Name kommt über X-Dateiname an");

    Path beleg = ablage.resolve(nummer + "-eingangsbestaetigung.pdf");
    assertTrue(
        Files.exists(beleg), "die Eingangsbestätigung liegt in der Ablage: " + erster.meldungen());
    byte[] pdf = Files.readAllBytes(beleg);
    assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(pdf, 5));
    assertTrue(Pdf.text(pdf).contains(nummer), "Vorgangsnummer auf der Eingangsbestätigung");

    Lauf zweiter = agent(umgebung, "submit", antrag.toString(), nachweis.toString());

    assertEquals(0, zweiter.code(), zweiter.meldungen());
    assertEquals(nummer, zweiter.aus().strip(), "dieselbe Datei, derselbe Vorgang");
    assertTrue(zweiter.meldungen().contains("bereits eingegangen"), zweiter.meldungen());
    assertEquals(
        1,
        json(get("/api/v1/vorgaenge/" + nummer + "/dokumente", demo("sachbearbeitung"))).size(),
        "der Anhang wird nicht doppelt gespeichert");
    long offen = 0;
    for (JsonNode a : json(get("/api/v1/aufgaben", demo("sachbearbeitung")))) {
      if (a.get("vorgang").asText().equals(nummer)) {
        offen++;
      }
    }
    assertEquals(1, offen, "eine Aufgabe, kein zweiter Prozess");
  }

  @Test
  void einFalscherGeraetezugangEndetMitCode6UndDerBegruendungDesServers() throws Exception {
    Path ordner = ordner();
    Path antrag =
        Files.writeString(
            ordner.resolve("antrag.json"),
            "{\"halter\":{\"familienname\":\"Mustermann\"},\"jahr\":2026,\"hunde\":[{\"name\":\"Bello\"}]}");
    String falsch = "bn1.demoterminal1.falsches-geheimnis";

    Lauf lauf =
        agent(
            Map.of(
                "BUERGERNAH_SERVER",
                Server.BASIS,
                "BUERGERNAH_GERAETEZUGANG",
                falsch,
                "BUERGERNAH_ABLAGE",
                ordner.resolve("ablage").toString()),
            "submit",
            antrag.toString());

    assertEquals(6, lauf.code(), lauf.meldungen());
    assertEquals("", lauf.aus());
    assertTrue(
        lauf.meldungen().contains("Der Gerätezugang ist ungültig oder widerrufen."),
        lauf.meldungen());
    assertFalse(lauf.meldungen().contains("falsches-geheimnis"));
    assertFalse(lauf.meldungen().contains("Exception"), lauf.meldungen());
  }
}
