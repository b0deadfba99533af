package de.buergernah.system;

import static de.buergernah.system.Server.demo;
import static de.buergernah.system.Server.get;
import static de.buergernah.system.Server.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Documents: round trip with hash, type detection from bytes, size limit, integrity, audit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DokumentIT {

  /** The test server runs with a 1 MiB limit (arquillian.xml). */
  static final int GRENZE = 1024 * 1024;

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Server.ear();
  }

  @Test
  void hochgeladenesDokumentKommtBytegenauMitPruefsummeZurueckUndJederZugriffStehtImProtokoll()
      throws Exception {
    String nummer = Server.neuerVorgang();
    HttpResponse<String> hoch =
        hochladen(nummer, "../../etc/Antrag <Müller>?.pdf", PDF, "sachbearbeitung");
    assertEquals(201, hoch.statusCode(), hoch.body());
    JsonNode d = json(hoch);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
    assertEquals(sha, d.get("sha256").asText());
    assertEquals("application/pdf", d.get("medientyp").asText());
    assertEquals(PDF.length, d.get("groesse").asInt());
    String name = d.get("dateiname").asText();
    assertFalse(name.contains("/") || name.contains("<") || name.contains(".."), name);
    assertTrue(name.endsWith(".pdf") && name.contains("Müller"), name);

    HttpResponse<byte[]> runter =
        Server.sendenBytes(
            Server.anfrage(
                    "/api/v1/vorgaenge/" + nummer + "/dokumente/" + d.get("id").asLong(),
                    demo("sachbearbeitung"))
                .GET()
                .build());
    assertEquals(200, runter.statusCode());
    assertArrayEquals(PDF, runter.body());
    assertEquals("application/pdf", runter.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        runter.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));

    assertEquals(
        1, json(get("/api/v1/vorgaenge/" + nummer + "/dokumente", demo("sachbearbeitung"))).size());
    assertEquals(
        403,
        get(
                "/api/v1/vorgaenge/" + nummer + "/dokumente/" + d.get("id").asLong(),
                demo("meldestelle"))
            .statusCode());

    String protokoll = get("/api/v1/audit?vorgang=" + nummer, demo("admin")).body();
    for (String aktion :
        new String[] {"ANLEGEN", "HOCHLADEN", "HERUNTERLADEN", "LESEN", "ZUGRIFF_VERWEIGERT"}) {
      assertTrue(
          protokoll.contains("\"aktion\":\"" + aktion + "\""), aktion + " fehlt: " + protokoll);
    }
    assertFalse(protokoll.contains("Müller"), "keine Dateinamen (Personendaten) im Protokoll");
  }

  @Test
  void eineAlsPdfGetarnteProgrammdateiUndEinZuGrossesDokumentWerdenAbgewiesenOhneEtwasZuSpeichern()
      throws Exception {
    String nummer = Server.neuerVorgang();
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    HttpResponse<String> getarnt = hochladen(nummer, "Antrag.pdf", exe, "sachbearbeitung");
    assertEquals(415, getarnt.statusCode(), getarnt.body());
    SicherheitIT.assertProblem(
        getarnt,
        "Erlaubt sind nur PDF, JPEG, PNG und TIFF. Der Inhalt dieser Datei ist keiner dieser Typen.");

    byte[] gross = Arrays.copyOf(PDF, GRENZE + 1);
    HttpResponse<String> zuGross = hochladen(nummer, "gross.pdf", gross, "sachbearbeitung");
    assertEquals(413, zuGross.statusCode(), zuGross.body());
    assertTrue(
        zuGross
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));

    byte[] genauGrenze = Arrays.copyOf(PDF, GRENZE);
    assertEquals(201, hochladen(nummer, "grenze.pdf", genauGrenze, "sachbearbeitung").statusCode());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    JsonNode bild = json(hochladen(nummer, "foto.pdf", png, "sachbearbeitung"));
    assertEquals(
        "image/png", bild.get("medientyp").asText(), "Typ aus den Bytes, nicht aus dem Namen");
    assertEquals("foto.png", bild.get("dateiname").asText());

    assertEquals(
        2,
        json(get("/api/v1/vorgaenge/" + nummer + "/dokumente", demo("sachbearbeitung"))).size(),
        "nur die angenommenen");
    assertEquals(
        "UP", json(get("/api/v1/health", null)).get("status").asText(), "der Server dient weiter");
  }

  @Test
  void einVeraenderterInhaltWirdBeimLesenErkanntUndNichtAusgeliefert() throws Exception {
    String nummer = Server.neuerVorgang();
    long id = json(hochladen(nummer, "a.pdf", PDF, "sachbearbeitung")).get("id").asLong();
    try (Connection c = Server.datenbank();
        PreparedStatement p =
            c.prepareStatement("update dokument_inhalt set daten = ? where dokument_id = ?")) {
      byte[] manipuliert = PDF.clone();
      manipuliert[PDF.length - 2] = 'X';
      p.setBytes(1, manipuliert);
      p.setLong(2, id);
      assertEquals(1, p.executeUpdate());
    }
    HttpResponse<String> r =
        get("/api/v1/vorgaenge/" + nummer + "/dokumente/" + id, demo("sachbearbeitung"));
    assertEquals(409, r.statusCode());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    try (Connection c = Server.datenbank();
        PreparedStatement p =
            c.prepareStatement(
                "select count(*) from audit_eintrag where vorgang_nummer = ? and detail = 'Prüfsumme falsch'")) {
      p.setString(1, nummer);
      try (ResultSet rs = p.executeQuery()) {
        assertTrue(rs.next() && rs.getInt(1) == 1);
      }
    }
  }

  static HttpResponse<String> hochladen(String nummer, String name, byte[] daten, String benutzer) {
    return hochladenMit(demo(benutzer), nummer, name, daten);
  }

  static HttpResponse<String> hochladenMit(
      String autorisierung, String nummer, String name, byte[] daten) {
    return Server.senden(
        Server.anfrage("/api/v1/vorgaenge/" + nummer + "/dokumente", autorisierung)
            .header("Content-Type", "application/octet-stream")
            .header("X-Dateiname", java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
            .POST(HttpRequest.BodyPublishers.ofByteArray(daten))
            .build());
  }
}
