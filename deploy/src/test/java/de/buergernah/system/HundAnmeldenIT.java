package de.buergernah.system;

import static de.buergernah.system.Server.bearer;
import static de.buergernah.system.Server.demo;
import static de.buergernah.system.Server.get;
import static de.buergernah.system.Server.json;
import static de.buergernah.system.Server.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Hund anmelden" from the terminal to the computed tax, through the inbox of the Steueramt. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HundAnmeldenIT {

  static final String ANTRAG =
      """
      {"halter":{"familienname":"Mustermann","vornamen":"Erika","geburtsdatum":"1964-08-12","anschrift":"Heidestraße 17, 01234 Musterstadt"},
       "jahr":2026,"hunde":[{"name":"Bello","rasse":"Mischling","gehaltenAb":"2026-06-20"}]}""";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Server.ear();
  }

  static HttpResponse<String> einreichen(String autorisierung, String schluessel, String antrag) {
    HttpRequest.Builder b =
        Server.anfrage("/api/v1/hundesteuer/anmeldungen", autorisierung)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(antrag));
    if (schluessel != null) {
      b.header("Idempotency-Key", schluessel);
    }
    return Server.senden(b.build());
  }

  static JsonNode aufgabe(String benutzer, String nummer) {
    for (JsonNode a : json(get("/api/v1/aufgaben", demo(benutzer)))) {
      if (a.get("vorgang").asText().equals(nummer)) {
        return a;
      }
    }
    return null;
  }

  static String status(String nummer) {
    return json(get("/api/v1/hundesteuer/anmeldungen/" + nummer, demo("sachbearbeitung")))
        .get("status")
        .asText();
  }

  @Test
  void vomTerminalUeberNachforderungBisZurFestgesetztenSteuer() throws Exception {
    String schluessel = Server.eindeutig("terminal-");
    HttpResponse<String> eingang = einreichen(bearer(Server.TERMINAL), schluessel, ANTRAG);
    assertEquals(201, eingang.statusCode(), eingang.body());
    String nummer = json(eingang).get("vorgang").asText();
    assertTrue(nummer.matches("HST-\\d{4}-\\d{6}"), nummer);
    assertEquals("OFFEN", json(eingang).get("status").asText());

    HttpResponse<byte[]> quittung =
        Server.sendenBytes(
            Server.anfrage(
                    "/api/v1/vorgaenge/" + nummer + "/eingangsbestaetigung",
                    bearer(Server.TERMINAL))
                .GET()
                .build());
    assertEquals(200, quittung.statusCode());
    assertEquals("application/pdf", quittung.headers().firstValue("Content-Type").orElse(""));
    String quittungstext = Pdf.text(quittung.body());
    assertTrue(
        quittungstext.contains(nummer)
            && quittungstext.contains("Erika Mustermann")
            && quittungstext.contains("Bello"),
        quittungstext);

    HttpResponse<String> nochmal = einreichen(bearer(Server.TERMINAL), schluessel, ANTRAG);
    assertEquals(200, nochmal.statusCode(), nochmal.body());
    assertEquals(
        nummer,
        json(nochmal).get("vorgang").asText(),
        "gleicher Idempotency-Key, gleicher Vorgang");
    try (Connection c = Server.datenbank();
        PreparedStatement p =
            c.prepareStatement("select count(*) from vorgang where idempotenz_schluessel = ?")) {
      p.setString(1, schluessel);
      try (ResultSet r = p.executeQuery()) {
        assertTrue(r.next());
        assertEquals(1, r.getInt(1));
      }
    }
    assertEquals(
        201,
        DokumentIT.hochladenMit(bearer(Server.TERMINAL), nummer, "antrag.pdf", DokumentIT.PDF)
            .statusCode());

    JsonNode pruefen = aufgabe("sachbearbeitung", nummer);
    assertEquals("Task_AntragPruefen", pruefen.get("schluessel").asText());
    assertEquals("Antrag prüfen", pruefen.get("name").asText());
    assertNull(aufgabe("meldestelle", nummer), "die Meldestelle sieht die Aufgabe nicht");
    String erledigen = "/api/v1/aufgaben/" + pruefen.get("id").asText() + "/erledigen";
    assertEquals(
        404,
        postJson(erledigen, demo("meldestelle"), "{\"unterlagenVollstaendig\":true}").statusCode());
    assertEquals(400, postJson(erledigen, demo("sachbearbeitung"), "{}").statusCode());

    // take over: another clerk of the Steueramt can no longer complete it; giving back frees it
    String id = pruefen.get("id").asText();
    String kollegin = Server.eindeutig("kollegin.");
    assertEquals(
        201,
        postJson(
                "/api/v1/verwaltung/mitarbeiter",
                demo("admin"),
                "{\"benutzername\":\""
                    + kollegin
                    + "\",\"anzeigename\":\"Karla Kollegin\",\"passwort\":\"Kollegin-Passwort-1\","
                    + "\"rollen\":[\"SACHBEARBEITUNG\"],\"fachbereiche\":[\"steueramt\"]}")
            .statusCode());
    assertEquals(
        204,
        postJson("/api/v1/aufgaben/" + id + "/uebernehmen", demo("sachbearbeitung"), "")
            .statusCode());
    assertEquals("sachbearbeitung", aufgabe("sachbearbeitung", nummer).get("bearbeiter").asText());
    HttpResponse<String> vergeben =
        postJson(
            erledigen,
            Server.basic(kollegin, "Kollegin-Passwort-1"),
            "{\"unterlagenVollstaendig\":true}");
    assertEquals(409, vergeben.statusCode(), vergeben.body());
    assertEquals(
        409,
        postJson(
                "/api/v1/aufgaben/" + id + "/uebernehmen",
                Server.basic(kollegin, "Kollegin-Passwort-1"),
                "")
            .statusCode());
    assertEquals(
        204,
        postJson("/api/v1/aufgaben/" + id + "/zurueckgeben", demo("sachbearbeitung"), "")
            .statusCode());
    assertNull(aufgabe("sachbearbeitung", nummer).get("bearbeiter"), "wieder für alle");

    assertEquals(
        204,
        postJson(erledigen, demo("sachbearbeitung"), "{\"unterlagenVollstaendig\":false}")
            .statusCode());
    assertEquals("NACHFORDERUNG", status(nummer));
    JsonNode brief = null;
    for (JsonNode d :
        json(get("/api/v1/vorgaenge/" + nummer + "/dokumente", demo("sachbearbeitung")))) {
      if (d.get("dateiname").asText().equals("Nachforderung-" + nummer + ".pdf")) {
        brief = d;
      }
    }
    assertTrue(brief != null, "das Nachforderungsschreiben liegt im Vorgang");
    String brieftext =
        Pdf.text(
            Server.sendenBytes(
                    Server.anfrage(
                            "/api/v1/vorgaenge/"
                                + nummer
                                + "/dokumente/"
                                + brief.get("id").asLong(),
                            demo("sachbearbeitung"))
                        .GET()
                        .build())
                .body());
    String frist =
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
            .plusDays(14)
            .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    assertTrue(
        brieftext.contains("bis zum " + frist) && brieftext.contains("Sozialpass"), brieftext);
    assertNull(aufgabe("sachbearbeitung", nummer));
    assertEquals(
        201,
        DokumentIT.hochladenMit(bearer(Server.TERMINAL), nummer, "sozialpass.pdf", DokumentIT.PDF)
            .statusCode());
    assertEquals("OFFEN", status(nummer), "der Eingang der Unterlagen weckt den Prozess");

    JsonNode erneut = aufgabe("sachbearbeitung", nummer);
    assertEquals("Task_AntragPruefen", erneut.get("schluessel").asText());
    assertEquals(
        204,
        postJson(
                "/api/v1/aufgaben/" + erneut.get("id").asText() + "/erledigen",
                demo("sachbearbeitung"),
                "{\"unterlagenVollstaendig\":true}")
            .statusCode());
    JsonNode festgesetzt =
        json(get("/api/v1/hundesteuer/anmeldungen/" + nummer, demo("sachbearbeitung")));
    assertEquals("FESTGESETZT", festgesetzt.get("status").asText());
    assertEquals(
        "54.00",
        festgesetzt.get("jahresbetrag").asText(),
        "Musterstadt rechnet wie Dresden: ab Juli 6 × 9,00 €");
    assertEquals(nummer.substring(4) + "/1", festgesetzt.get("steuermarken").get(0).asText());

    JsonNode freigeben = aufgabe("sachbearbeitung", nummer);
    assertEquals("Task_BescheidFreigeben", freigeben.get("schluessel").asText());
    assertEquals(
        204,
        postJson(
                "/api/v1/aufgaben/" + freigeben.get("id").asText() + "/erledigen",
                demo("sachbearbeitung"),
                "{}")
            .statusCode());
    assertEquals("ABGESCHLOSSEN", status(nummer));

    // the released notice is a document of the case: name, amounts, due dates and a GiroCode
    JsonNode bescheid = null;
    for (JsonNode d :
        json(get("/api/v1/vorgaenge/" + nummer + "/dokumente", demo("sachbearbeitung")))) {
      if (d.get("dateiname").asText().startsWith("Steuerbescheid")) {
        bescheid = d;
      }
    }
    assertTrue(bescheid != null, "Steuerbescheid abgelegt");
    HttpResponse<byte[]> pdf =
        Server.sendenBytes(
            Server.anfrage(
                    "/api/v1/vorgaenge/" + nummer + "/dokumente/" + bescheid.get("id").asLong(),
                    demo("sachbearbeitung"))
                .GET()
                .build());
    assertEquals(200, pdf.statusCode());
    String text = Pdf.text(pdf.body()).replace('\u00a0', ' ');
    assertTrue(text.contains("Erika Mustermann"), text);
    assertTrue(text.contains("Heidestraße 17"), text);
    assertTrue(text.contains("54,00 €"), text);
    assertTrue(text.contains("15.08.2026") && text.contains("15.11.2026"), text);
    assertTrue(text.contains("27,00 €"), text);
    assertTrue(text.contains(nummer), text);
    String giroCode = Pdf.qrCode(pdf.body());
    String[] zeilen = giroCode.split("\n", -1);
    assertEquals("BCD", zeilen[0]);
    assertEquals("SCT", zeilen[3]);
    assertEquals("DE02120300000000202051", zeilen[6], "IBAN der Stadtkasse Musterstadt");
    assertEquals("EUR27.00", zeilen[7], "erste Rate");
    assertTrue(giroCode.contains(nummer), giroCode);
    assertNull(aufgabe("sachbearbeitung", nummer));
    assertTrue(
        get("/api/v1/audit?vorgang=" + nummer, demo("admin")).body().contains("system:prozess"));
  }

  @Test
  void unberechenbareAntraegeWerdenAbgewiesenOhneEinenVorgangAnzulegen() throws Exception {
    String ohneHund = "{\"halter\":{\"familienname\":\"Mustermann\"},\"hunde\":[]}";
    assertEquals(400, einreichen(demo("sachbearbeitung"), null, ohneHund).statusCode());
    String falscheErmaessigung =
        "{\"halter\":{\"familienname\":\"Mustermann\"},\"jahr\":2026,\"hunde\":[{}],\"ermaessigungen\":[\"GIBTESNICHT\"]}";
    HttpResponse<String> r =
        einreichen(demo("sachbearbeitung"), Server.eindeutig("k-"), falscheErmaessigung);
    assertEquals(400, r.statusCode());
    assertTrue(json(r).get("detail").asText().contains("GIBTESNICHT"));
    assertEquals(
        403,
        einreichen(demo("meldestelle"), null, ANTRAG).statusCode(),
        "nur das Steueramt nimmt Hundeanmeldungen an");
  }

  @Test
  void derVerfahrenskatalogNenntLeikaSchluesselKanaeleUndUnterlagen() {
    JsonNode katalog = json(get("/api/v1/verfahren", bearer(Server.TERMINAL)));
    JsonNode hund = null;
    for (JsonNode v : katalog) {
      if (v.get("schluessel").asText().equals("HUND_ANMELDEN")) {
        hund = v;
      }
    }
    assertTrue(hund != null, katalog.toString());
    assertEquals("99102013104000", hund.get("leika").asText());
    assertTrue(hund.get("kanaele").toString().contains("TERMINAL"));
    assertTrue(hund.get("unterlagen").get(0).asText().contains("Nachweis"));
  }
}
