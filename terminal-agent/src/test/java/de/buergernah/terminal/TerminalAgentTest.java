package de.buergernah.terminal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.buergernah.terminal.server.Wiederholung;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's commands end to end over HTTP, against {@link NachgebildeterServer}: what arrives at
 * the server, what lands in the Ablage, and which exit code and German message each failure gives.
 */
class TerminalAgentTest {

  static final String ANTRAG =
      """
      {"halter":{"familienname":"Beispiel","vornamen":"Frieda","geburtsdatum":"1971-03-04",
        "anschrift":"Lindenweg 3, 01234 Musterstadt"},
       "jahr":2026,
       "hunde":[{"name":"Struppi","rasse":"Mischling","gehaltenAb":"2026-06-20"}]}
      """;
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
  static final byte[] GIF = "GIF89a\1\0\1\0".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path ordner;

  NachgebildeterServer server;
  final List<Duration> wartezeiten = new CopyOnWriteArrayList<>();
  List<String> lp = List.of("lp");
  ByteArrayOutputStream aus;
  ByteArrayOutputStream fehler;

  @BeforeEach
  void starten() throws IOException {
    server = new NachgebildeterServer();
  }

  @AfterEach
  void stoppen() {
    server.close();
  }

  Map<String, String> umgebung() {
    Map<String, String> u = new HashMap<>();
    u.put("BUERGERNAH_SERVER", server.adresse().toString());
    u.put("BUERGERNAH_GERAETEZUGANG", NachgebildeterServer.ZUGANG);
    u.put("BUERGERNAH_ABLAGE", ablage().toString());
    return u;
  }

  Path ablage() {
    return ordner.resolve("ablage");
  }

  int agent(String... argumente) {
    return agent(umgebung(), argumente);
  }

  /** One run with fresh output buffers and a retry policy that records instead of sleeping. */
  int agent(Map<String, String> umgebung, String... argumente) {
    aus = new ByteArrayOutputStream();
    fehler = new ByteArrayOutputStream();
    Wiederholung schnell = new Wiederholung(4, Duration.ofSeconds(1), wartezeiten::add);
    return new TerminalAgent(
            umgebung,
            new PrintStream(aus, true, StandardCharsets.UTF_8),
            new PrintStream(fehler, true, StandardCharsets.UTF_8),
            schnell,
            lp)
        .ausfuehren(argumente)
        .code();
  }

  String aus() {
    return aus.toString(StandardCharsets.UTF_8);
  }

  String fehler() {
    return fehler.toString(StandardCharsets.UTF_8);
  }

  Path datei(String name, byte[] inhalt) throws IOException {
    return Files.write(ordner.resolve(name), inhalt);
  }

  Path antrag() throws IOException {
    return datei("antrag.json", ANTRAG.getBytes(StandardCharsets.UTF_8));
  }

  String erwarteterSchluessel(Path antrag) throws IOException {
    return "sha256-" + NachgebildeterServer.sha256(Files.readAllBytes(antrag));
  }

  void keinStacktrace() {
    assertFalse(fehler().contains("\tat "), fehler());
    assertFalse(fehler().contains("Exception"), fehler());
  }

  @Test
  void einreichenLaedtDieAnhaengeHochUndLegtDieEingangsbestaetigungInDieAblage()
      throws IOException {
    Path antrag = antrag();
    Path nachweis = datei("Nachweis Müller.pdf", PDF);
    Path foto = datei("foto.png", PNG);

    int code = agent("submit", antrag.toString(), nachweis.toString(), foto.toString());

    assertEquals(0, code, fehler());
    assertEquals("HST-2026-000001", aus().strip(), "stdout trägt nur die Vorgangsnummer");
    NachgebildeterServer.Anfrage eingang = server.einreichungen().get(0);
    assertEquals(erwarteterSchluessel(antrag), eingang.kopf("Idempotency-Key"));
    assertEquals("application/json", eingang.kopf("Content-Type"));
    String json = new String(eingang.inhalt(), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"gehaltenAb\":\"2026-06-20\""), json);
    assertTrue(json.contains("\"familienname\":\"Beispiel\""), json);

    assertEquals(2, server.dokumente.size());
    NachgebildeterServer.Dokument d = server.dokumente.get(0);
    assertEquals("HST-2026-000001", d.vorgang());
    assertEquals("Nachweis%20M%C3%BCller.pdf", d.dateinameRoh(), "percent-encoded UTF-8");
    assertEquals("Nachweis Müller.pdf", d.dateiname());
    assertArrayEquals(PDF, d.inhalt());
    assertEquals("foto.png", server.dokumente.get(1).dateiname());

    Path beleg = ablage().resolve("HST-2026-000001-eingangsbestaetigung.pdf");
    assertArrayEquals(NachgebildeterServer.BELEG, Files.readAllBytes(beleg));
    try (var inhalt = Files.list(ablage())) {
      assertEquals(1, inhalt.count(), "keine halben Dateien in der Ablage");
    }
    assertTrue(fehler().contains("Antrag eingegangen: Vorgang HST-2026-000001."), fehler());
    assertTrue(fehler().contains("„Nachweis Müller.pdf“ hochgeladen (application/pdf)."));
    assertTrue(fehler().contains("Eingangsbestätigung gespeichert unter " + beleg), fehler());
    assertTrue(wartezeiten.isEmpty());
  }

  @Test
  void derselbeAntragNochEinmalLiefertDenselbenVorgangUndLaedtNichtsDoppeltHoch()
      throws IOException {
    Path antrag = antrag();
    Path nachweis = datei("nachweis.pdf", PDF);
    assertEquals(0, agent("submit", antrag.toString(), nachweis.toString()));
    String nummer = aus().strip();

    Path spaeter = datei("sozialpass.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1});
    int code = agent("submit", antrag.toString(), nachweis.toString(), spaeter.toString());

    assertEquals(0, code, fehler());
    assertEquals(nummer, aus().strip());
    List<NachgebildeterServer.Anfrage> eingaenge = server.einreichungen();
    assertEquals(2, eingaenge.size());
    assertEquals(
        eingaenge.get(0).kopf("Idempotency-Key"),
        eingaenge.get(1).kopf("Idempotency-Key"),
        "derselbe Schlüssel für dieselbe Datei");
    assertTrue(fehler().contains("bereits eingegangen: Vorgang " + nummer), fehler());
    assertTrue(fehler().contains("„nachweis.pdf“ liegt dem Vorgang schon vor"), fehler());
    assertEquals(
        List.of("nachweis.pdf", "sozialpass.jpg"),
        server.dokumente.stream().map(NachgebildeterServer.Dokument::dateiname).toList(),
        "nur der fehlende Anhang kam dazu");
  }

  @Test
  void verbindungsabbruchUndServerfehlerWerdenMitDemselbenSchluesselWiederholt()
      throws IOException {
    server.abbrueche.set(1);
    server.nichtVerfuegbar.set(1);
    Path antrag = antrag();

    int code = agent("submit", antrag.toString());

    assertEquals(0, code, fehler());
    assertEquals("HST-2026-000001", aus().strip());
    List<NachgebildeterServer.Anfrage> eingaenge = server.einreichungen();
    assertEquals(3, eingaenge.size(), "Abbruch, 503, Erfolg");
    for (NachgebildeterServer.Anfrage a : eingaenge) {
      assertEquals(erwarteterSchluessel(antrag), a.kopf("Idempotency-Key"));
    }
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), wartezeiten);
  }

  @Test
  void einAngegebenerSchluesselGiltStattDesAbgeleiteten() throws IOException {
    assertEquals(
        0, agent("submit", antrag().toString(), "--idempotency-key", "kiosk-7-sitzung-42"));
    assertEquals("kiosk-7-sitzung-42", server.einreichungen().get(0).kopf("Idempotency-Key"));
    assertEquals(0, agent("submit", "--idempotency-key=kiosk-7-sitzung-42", antrag().toString()));
    assertEquals("HST-2026-000001", aus().strip());
  }

  @Test
  void bleibtDerServerGestoertEndetDerAgentMitServerfehler() throws IOException {
    server.nichtVerfuegbar.set(10);

    assertEquals(10, agent("submit", antrag().toString()));

    assertEquals(4, server.einreichungen().size());
    assertTrue(
        fehler()
            .contains(
                "Der Server konnte die Anfrage nicht bearbeiten (HTTP 503): Der Dienst ist gerade"
                    + " nicht verfügbar."),
        fehler());
    assertEquals("", aus());
    keinStacktrace();
  }

  @Test
  void einNichtErreichbarerServerWirdNachDenWiederholungenKlarGemeldet() throws IOException {
    int port;
    try (ServerSocket frei = new ServerSocket(0)) {
      port = frei.getLocalPort();
    }
    Map<String, String> u = umgebung();
    u.put("BUERGERNAH_SERVER", "http://127.0.0.1:" + port);

    assertEquals(5, agent(u, "submit", antrag().toString()));

    assertTrue(
        fehler()
            .startsWith(
                "Der Server http://127.0.0.1:"
                    + port
                    + " ist nicht erreichbar: Verbindung abgelehnt oder Adresse unbekannt (4"
                    + " Versuche)."),
        fehler());
    assertTrue(fehler().contains("nicht doppelt angelegt"));
    assertEquals(3, wartezeiten.size());
    assertEquals("", aus());
    keinStacktrace();
  }

  @Test
  void einWiderrufenerZugangWirdMitDerBegruendungDesServersGemeldet() throws IOException {
    server.zugangWiderrufen = true;

    assertEquals(6, agent("submit", antrag().toString()));

    assertTrue(
        fehler()
            .contains(
                "Der Server lehnt den Gerätezugang ab: "
                    + NachgebildeterServer.WIDERRUFEN
                    + " Bitte bei der Verwaltung einen neuen Gerätezugang anfordern"),
        fehler());
    assertEquals(1, server.einreichungen().size(), "401 wird nicht wiederholt");
    assertFalse(fehler().contains(NachgebildeterServer.ZUGANG), "der Zugang erscheint nirgends");
    assertFalse(aus().contains(NachgebildeterServer.ZUGANG));
    keinStacktrace();
  }

  @Test
  void eineAbgewieseneDateiWirdGemeldetUndDieAnderenKommenTrotzdemAn() throws IOException {
    Path bild = datei("bild.gif", GIF);
    Path nachweis = datei("nachweis.pdf", PDF);

    int code = agent("submit", antrag().toString(), bild.toString(), nachweis.toString());

    assertEquals(7, code);
    assertEquals("HST-2026-000001", aus().strip(), "der Vorgang ist trotzdem angelegt");
    assertTrue(
        fehler()
            .contains(
                "Die Datei „bild.gif“ wurde abgewiesen: " + NachgebildeterServer.TYP_NICHT_ERLAUBT),
        fehler());
    assertTrue(
        fehler().contains("nachreichen mit: terminal-agent attach HST-2026-000001 <datei>"),
        fehler());
    assertEquals(
        List.of("nachweis.pdf"),
        server.dokumente.stream().map(NachgebildeterServer.Dokument::dateiname).toList());
    assertTrue(
        Files.exists(ablage().resolve("HST-2026-000001-eingangsbestaetigung.pdf")),
        "die Eingangsbestätigung gibt es trotzdem");
    keinStacktrace();
  }

  @Test
  void eineZuGrosseDateiWirdBeimNachreichenAbgewiesen() throws IOException {
    String nummer = server.vorhandenerVorgang();
    Path gross = datei("gross.pdf", Arrays.copyOf(PDF, 4096));

    assertEquals(7, agent("attach", nummer, gross.toString()));

    assertTrue(
        fehler()
            .contains(
                "Die Datei „gross.pdf“ wurde abgewiesen: Das Dokument ist größer als 1 KB und wurde"
                    + " nicht gespeichert."),
        fehler());
    assertTrue(server.dokumente.isEmpty());
    keinStacktrace();
  }

  @Test
  void einAntragOhneHundWirdMitDerBegruendungDesServersAbgewiesen() throws IOException {
    Path antrag =
        datei(
            "ohne-hund.json",
            "{\"halter\":{\"familienname\":\"Beispiel\"},\"hunde\":[]}"
                .getBytes(StandardCharsets.UTF_8));
    Path nachweis = datei("nachweis.pdf", PDF);

    assertEquals(8, agent("submit", antrag.toString(), nachweis.toString()));

    assertTrue(
        fehler().contains("Der Antrag wurde nicht angenommen: " + NachgebildeterServer.KEIN_HUND),
        fehler());
    assertTrue(server.dokumente.isEmpty());
    assertEquals(1, server.einreichungen().size(), "400 wird nicht wiederholt");
    keinStacktrace();
  }

  @Test
  void eineFehlerhafteAntragsdateiWirdGemeldetBevorEtwasGesendetWird() throws IOException {
    Path tippfehler =
        datei(
            "tippfehler.json",
            "{\"halter\":{\"familienname\":\"Beispiel\"},\n \"hunde\":[{\"nmae\":\"Struppi\"}]}"
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(8, agent("submit", tippfehler.toString()));
    assertTrue(
        fehler()
            .startsWith(
                "Die Antragsdatei tippfehler.json enthält das unbekannte Feld „nmae“ (Zeile 2"),
        fehler());
    assertTrue(fehler().contains("gehaltenAb"), "nennt die erlaubten Felder: " + fehler());

    Path datum =
        datei(
            "datum.json",
            "{\"hunde\":[{\"gehaltenAb\":\"20.06.2026\"}]}".getBytes(StandardCharsets.UTF_8));
    assertEquals(8, agent("submit", datum.toString()));
    assertTrue(fehler().contains("„hunde[0].gehaltenAb“ hat das falsche Format"), fehler());
    assertFalse(fehler().contains("20.06.2026"), "keine Inhalte des Antrags in Meldungen");

    Path kaputt = datei("kaputt.json", "{\"halter\": ".getBytes(StandardCharsets.UTF_8));
    assertEquals(8, agent("submit", kaputt.toString()));
    assertTrue(fehler().contains("ist kein gültiges JSON"), fehler());

    Path leer = datei("leer.json", new byte[0]);
    assertEquals(8, agent("submit", leer.toString()));
    assertTrue(fehler().contains("Die Antragsdatei leer.json ist leer."), fehler());

    assertTrue(server.anfragen.isEmpty(), "nichts wurde gesendet");
    keinStacktrace();
  }

  @Test
  void eineFehlendeDateiWirdGemeldetBevorEtwasGesendetWird() throws IOException {
    Path fehlt = ordner.resolve("gibt-es-nicht.pdf");

    assertEquals(4, agent("submit", antrag().toString(), fehlt.toString()));
    assertTrue(fehler().contains("Die Datei " + fehlt + " gibt es nicht."), fehler());

    assertEquals(4, agent("submit", ordner.resolve("fehlt.json").toString()));
    assertEquals(4, agent("attach", "HST-2026-000001", ordner.toString()));
    assertTrue(fehler().contains(ordner + " ist keine Datei."), fehler());

    assertTrue(server.anfragen.isEmpty(), "kein Vorgang ohne seine Anhänge");
    keinStacktrace();
  }

  @Test
  void falscheAufrufeNennenDenRichtigenAufruf() {
    String[][] falsch = {
      {},
      {"send", "antrag.json"},
      {"submit"},
      {"submit", "antrag.json", "--idempotency-key"},
      {"submit", "antrag.json", "--idempotency-key", "mit leerzeichen"},
      {"submit", "antrag.json", "--schnell"},
      {"attach", "HST-2026-000001"},
      {"attach", "../etc/passwd", "nachweis.pdf"},
    };
    for (String[] argumente : falsch) {
      assertEquals(2, agent(argumente), String.join(" ", argumente));
      assertTrue(
          fehler().contains("Aufruf:\n  terminal-agent submit"), String.join(" ", argumente));
      keinStacktrace();
    }
    assertTrue(server.anfragen.isEmpty());

    assertEquals(0, agent("help"));
    assertTrue(aus().startsWith("Aufruf:"));
  }

  @Test
  void ohneGeraetezugangStartetNichts() throws IOException {
    Map<String, String> u = umgebung();
    u.remove("BUERGERNAH_GERAETEZUGANG");
    assertEquals(3, agent(u, "submit", antrag().toString()));
    assertTrue(fehler().contains("BUERGERNAH_GERAETEZUGANG fehlt"), fehler());

    Map<String, String> drucker = umgebung();
    drucker.put("BUERGERNAH_DRUCKER", "-o evil");
    assertEquals(3, agent(drucker, "submit", antrag().toString()));
    assertTrue(server.anfragen.isEmpty());
    keinStacktrace();
  }

  @Test
  void ohneEingangsbestaetigungIstDerAntragTrotzdemEingegangen() throws IOException {
    server.belegVorhanden = false;

    assertEquals(0, agent("submit", antrag().toString()));

    assertEquals("HST-2026-000001", aus().strip());
    assertTrue(
        fehler()
            .contains(
                "Eingangsbestätigung noch nicht verfügbar. Vorgang HST-2026-000001 ist"
                    + " eingegangen."),
        fehler());
    assertFalse(Files.exists(ablage()), "nichts in der Ablage");
    assertEquals(1, server.anfragen("GET", "/api/v1/vorgaenge/HST-2026-000001/eingang").size());
  }

  @Test
  void mitDruckerGehtDieEingangsbestaetigungAnLpUndNichtInDieAblage() throws IOException {
    Path protokoll = ordner.resolve("lp-aufruf");
    lp = List.of(falschesLp("lp-test", protokoll, 0).toString());
    Map<String, String> u = umgebung();
    u.put("BUERGERNAH_DRUCKER", "Kiosk_Laser");

    assertEquals(0, agent(u, "submit", antrag().toString()));

    List<String> aufruf = Files.readAllLines(protokoll.resolveSibling("lp-aufruf.args"));
    assertEquals("-d", aufruf.get(0));
    assertEquals("Kiosk_Laser", aufruf.get(1));
    assertArrayEquals(NachgebildeterServer.BELEG, Files.readAllBytes(protokoll));
    assertFalse(Files.exists(Path.of(aufruf.get(2))), "die Druckdatei ist wieder gelöscht");
    assertFalse(Files.exists(ablage()));
    assertTrue(fehler().contains("Eingangsbestätigung an den Drucker Kiosk_Laser gesendet."));
  }

  @Test
  void einDruckfehlerWirdGemeldetDerVorgangBleibtEingegangen() throws IOException {
    lp = List.of(falschesLp("lp-kaputt", ordner.resolve("lp-aufruf"), 1).toString());
    Map<String, String> u = umgebung();
    u.put("BUERGERNAH_DRUCKER", "Kiosk_Laser");

    assertEquals(11, agent(u, "submit", antrag().toString()));

    assertEquals("HST-2026-000001", aus().strip());
    assertTrue(
        fehler()
            .contains(
                "Vorgang HST-2026-000001 ist eingegangen, aber die Eingangsbestätigung konnte nicht"
                    + " ausgegeben werden: lp meldet Fehler 1: lp: The printer or class does not"
                    + " exist."),
        fehler());
    keinStacktrace();
  }

  @Test
  void nachreichenLaedtZuEinemVorhandenenVorgangHochUndNichtsDoppelt() throws IOException {
    String nummer = server.vorhandenerVorgang();
    Path brief = datei("Sozialpass Übersicht.pdf", PDF);

    assertEquals(0, agent("attach", nummer, brief.toString()));
    assertEquals(1, server.dokumente.size());
    assertEquals("Sozialpass%20%C3%9Cbersicht.pdf", server.dokumente.get(0).dateinameRoh());
    assertEquals(nummer, server.dokumente.get(0).vorgang());
    assertTrue(fehler().contains("Unterlagen zu Vorgang " + nummer + " übertragen."), fehler());

    assertEquals(0, agent("attach", nummer, brief.toString()));
    assertEquals(1, server.dokumente.size(), "gleicher Inhalt wird nicht noch einmal gespeichert");
  }

  @Test
  void nachreichenZuEinemUnbekanntenVorgangNenntDieBegruendungDesServers() throws IOException {
    assertEquals(9, agent("attach", "HST-2026-999999", datei("a.pdf", PDF).toString()));
    assertTrue(
        fehler()
            .contains(
                "Der Server hat die Anfrage abgelehnt (HTTP 404): Diesen Vorgang gibt es nicht."),
        fehler());
    keinStacktrace();
  }

  @Test
  void derOeffentlicheEinstiegLiefertDenAusgangscode() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream f = new ByteArrayOutputStream();
    int code =
        TerminalAgent.ausfuehren(
            new String[] {"submit", antrag().toString()},
            umgebung(),
            new PrintStream(a, true, StandardCharsets.UTF_8),
            new PrintStream(f, true, StandardCharsets.UTF_8));
    assertEquals(0, code, f.toString(StandardCharsets.UTF_8));
    assertEquals("HST-2026-000001", a.toString(StandardCharsets.UTF_8).strip());
  }

  /** A stand-in for CUPS' lp: records its arguments and the printed file, then exits as told. */
  Path falschesLp(String name, Path protokoll, int ausgang) throws IOException {
    Path skript = ordner.resolve(name);
    Files.writeString(
        skript,
        "#!/bin/sh\n"
            + "printf '%s\\n' \"$@\" > '"
            + protokoll
            + ".args'\n"
            + "cp \"$3\" '"
            + protokoll
            + "'\n"
            + (ausgang == 0
                ? "echo 'request id is Kiosk_Laser-1 (1 file(s))'\n"
                : "echo 'lp: The printer or class does not exist.' >&2\n")
            + "exit "
            + ausgang
            + "\n");
    Files.setPosixFilePermissions(skript, PosixFilePermissions.fromString("rwx------"));
    return skript;
  }
}
