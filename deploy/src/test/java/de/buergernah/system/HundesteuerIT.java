package de.buergernah.system;

import static de.buergernah.system.Server.bearer;
import static de.buergernah.system.Server.demo;
import static de.buergernah.system.Server.json;
import static de.buergernah.system.Server.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dog-tax pre-check at the HTTP API, on the seeded statutes of Dresden, Krauschwitz and
 * Leipzig.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HundesteuerIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Server.ear();
  }

  static HttpResponse<String> berechnen(String autorisierung, String json) {
    return postJson("/api/v1/hundesteuer/berechnung", autorisierung, json);
  }

  static JsonNode ok(String json) {
    HttpResponse<String> r = berechnen(demo("sachbearbeitung"), json);
    assertEquals(200, r.statusCode(), r.body());
    return json(r);
  }

  @Test
  void dresdenHaltungAb20JuniWieImBeispielDerSchnittstelle() {
    JsonNode e =
        ok(
            """
            {"mandant":"dresden","jahr":2025,"hunde":[{"gehaltenAb":"2025-06-20","gehaltenBis":null,"gefaehrlich":false,"steuerbefreit":false,"mikrochip":false}],"ermaessigungen":[]}""");
    assertEquals("54.00", e.get("jahresbetrag").asText());
    assertEquals("108.00", e.get("hunde").get(0).get("steuersatz").asText());
    assertEquals("54.00", e.get("hunde").get(0).get("betrag").asText());
    assertEquals("2025-07-01", e.get("hunde").get(0).get("steuerpflichtVon").asText());
    assertEquals("2025-12-31", e.get("hunde").get(0).get("steuerpflichtBis").asText());
    assertEquals(
        "[{\"datum\":\"2025-08-15\",\"betrag\":\"27.00\"},{\"datum\":\"2025-11-15\",\"betrag\":\"27.00\"}]",
        e.get("faelligkeiten").toString());
  }

  @Test
  void zweiterHundBefreiterHundUndAbmeldungImJahr() {
    assertEquals(
        "252.00",
        ok("{\"mandant\":\"dresden\",\"jahr\":2025,\"hunde\":[{},{}]}")
            .get("jahresbetrag")
            .asText());
    assertEquals(
        "108.00",
        ok("{\"mandant\":\"dresden\",\"jahr\":2025,\"hunde\":[{\"steuerbefreit\":true},{}]}")
            .get("jahresbetrag")
            .asText());
    JsonNode ende =
        ok("{\"mandant\":\"dresden\",\"jahr\":2025,\"hunde\":[{\"gehaltenBis\":\"2025-04-10\"}]}");
    assertEquals("36.00", ende.get("jahresbetrag").asText());
    assertEquals("2025-04-30", ende.get("hunde").get(0).get("steuerpflichtBis").asText());
  }

  @Test
  void krauschwitzRechnetNachQuartalenUndGefaehrlicheHundeTeurer() {
    JsonNode e =
        ok(
            "{\"mandant\":\"krauschwitz\",\"jahr\":2025,\"hunde\":[{\"gehaltenAb\":\"2025-05-20\"}]}");
    assertEquals("22.50", e.get("jahresbetrag").asText());
    assertEquals("2025-07-01", e.get("hunde").get(0).get("steuerpflichtVon").asText());
    assertEquals(
        "922.00",
        ok("{\"mandant\":\"krauschwitz\",\"jahr\":2025,\"hunde\":[{\"gefaehrlich\":true},{\"gefaehrlich\":true}]}")
            .get("jahresbetrag")
            .asText());
  }

  @Test
  void leipzigWechseltZum1Januar2026MitMikrochipsatzUndLeipzigPass() {
    assertEquals(
        "288.00",
        ok("{\"mandant\":\"leipzig\",\"jahr\":2025,\"hunde\":[{},{}]}")
            .get("jahresbetrag")
            .asText());
    assertEquals(
        "300.00",
        ok("{\"mandant\":\"leipzig\",\"jahr\":2026,\"hunde\":[{},{}]}")
            .get("jahresbetrag")
            .asText());
    assertEquals(
        "120.00",
        ok("{\"mandant\":\"leipzig\",\"jahr\":2026,\"hunde\":[{\"mikrochip\":true}]}")
            .get("jahresbetrag")
            .asText());
    assertEquals(
        "60.00",
        ok("{\"mandant\":\"leipzig\",\"jahr\":2026,\"hunde\":[{\"mikrochip\":true}],\"ermaessigungen\":[\"SOZIALPASS\"]}")
            .get("jahresbetrag")
            .asText());
    HttpResponse<String> keinPassIn2025 =
        berechnen(
            demo("sachbearbeitung"),
            "{\"mandant\":\"leipzig\",\"jahr\":2025,\"hunde\":[{}],\"ermaessigungen\":[\"SOZIALPASS\"]}");
    assertEquals(400, keinPassIn2025.statusCode());
  }

  @Test
  void dasTerminalDarfVorabRechnenAnonymeNicht() {
    assertEquals(
        200,
        berechnen(bearer(Server.TERMINAL), "{\"mandant\":\"dresden\",\"jahr\":2025,\"hunde\":[{}]}")
            .statusCode());
    assertEquals(
        401,
        berechnen(null, "{\"mandant\":\"dresden\",\"jahr\":2025,\"hunde\":[{}]}").statusCode());
  }

  @Test
  void unbekannterMandantJahrOhneSatzungUndEndeVorBeginnSindProblemJson() {
    SicherheitIT.assertProblem(
        berechnen(
            demo("sachbearbeitung"), "{\"mandant\":\"atlantis\",\"jahr\":2025,\"hunde\":[{}]}"),
        "Unbekannter Mandant: atlantis");
    SicherheitIT.assertProblem(
        berechnen(
            demo("sachbearbeitung"), "{\"mandant\":\"dresden\",\"jahr\":2001,\"hunde\":[{}]}"),
        "Für Landeshauptstadt Dresden ist für das Jahr 2001 keine Hundesteuersatzung hinterlegt.");
    SicherheitIT.assertProblem(
        berechnen(
            demo("sachbearbeitung"),
            "{\"mandant\":\"dresden\",\"jahr\":2025,\"hunde\":[{\"gehaltenAb\":\"2025-05-01\",\"gehaltenBis\":\"2025-04-01\"}]}"),
        "Beim 1. Hund liegt das Ende der Haltung vor ihrem Beginn.");
    assertEquals(
        400,
        berechnen(
                demo("sachbearbeitung"),
                "{\"mandant\":\"dresden\",\"jahr\":2025,\"hunde\":[{\"gehaltenAb\":\"2025-13-01\"}]}")
            .statusCode());
  }

  @Test
  void eineNeueFassungDerSatzungWirktOhneNeuesDeployment() {
    String fassung =
        """
        {"gueltigAb":"2027-01-01","bezeichnung":"Dresden, Änderung 2027","satzErsterHund":"120.00","satzWeitererHund":"150.00",
         "satzGefaehrlichErster":"120.00","satzGefaehrlichWeiterer":"150.00","zeitanteil":"MONAT","mindestalterMonate":3,
         "faelligkeiten":"02-15,05-15,08-15,11-15","ermaessigungen":[{"schluessel":"SOZIALPASS","bezeichnung":"Dresden-Pass","prozent":"25"}]}""";
    assertEquals(
        403,
        postJson("/api/v1/hundesteuer/satzungen", demo("dresden.steueramt"), fassung).statusCode());
    HttpResponse<String> angelegt =
        postJson("/api/v1/hundesteuer/satzungen", demo("dresden.admin"), fassung);
    assertEquals(201, angelegt.statusCode(), angelegt.body());
    assertEquals("dresden", json(angelegt).get("mandant").asText());

    assertEquals(
        "120.00",
        ok("{\"mandant\":\"dresden\",\"jahr\":2027,\"hunde\":[{}]}").get("jahresbetrag").asText());
    assertEquals(
        "90.00",
        ok("{\"mandant\":\"dresden\",\"jahr\":2027,\"hunde\":[{}],\"ermaessigungen\":[\"SOZIALPASS\"]}")
            .get("jahresbetrag")
            .asText());
    assertEquals(
        "108.00",
        ok("{\"mandant\":\"dresden\",\"jahr\":2026,\"hunde\":[{}]}").get("jahresbetrag").asText());

    JsonNode fassungen = json(Server.get("/api/v1/hundesteuer/satzungen", demo("dresden.admin")));
    assertEquals("2027-01-01", fassungen.get(0).get("gueltigAb").asText());
    assertEquals(
        "2026-12-31",
        fassungen.get(1).get("gueltigBis").asText(),
        "die alte Fassung endet am Tag davor");
    assertEquals(
        409,
        postJson("/api/v1/hundesteuer/satzungen", demo("dresden.admin"), fassung).statusCode());
    String andere = Server.get("/api/v1/hundesteuer/satzungen", demo("admin")).body();
    assertTrue(
        andere.contains("Musterstadt") && !andere.contains("2027-01-01"),
        "jeder Mandant sieht nur seine");
  }
}
