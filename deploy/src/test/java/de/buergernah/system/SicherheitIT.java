package de.buergernah.system;

import static de.buergernah.system.Server.basic;
import static de.buergernah.system.Server.bearer;
import static de.buergernah.system.Server.demo;
import static de.buergernah.system.Server.get;
import static de.buergernah.system.Server.json;
import static de.buergernah.system.Server.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, lock-out, role/Mandant/department isolation, device credentials, audit, problem+json. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SicherheitIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Server.ear();
  }

  @Test
  void anmeldungGelingtMitRichtigemUndScheitertMitFalschemPasswortUndBeidesStehtImProtokoll() {
    String nummer = Server.neuerVorgang();
    assertEquals(200, get("/api/v1/vorgaenge/" + nummer, demo("sachbearbeitung")).statusCode());
    HttpResponse<String> falsch =
        get("/api/v1/vorgaenge/" + nummer, basic("sachbearbeitung", "falsches-passwort"));
    assertEquals(401, falsch.statusCode());
    assertProblem(falsch, "Benutzername oder Passwort ist falsch.");
    HttpResponse<String> unbekannt =
        get("/api/v1/vorgaenge/" + nummer, basic("gibt.es.nicht", "egal-egal-egal"));
    assertEquals(401, unbekannt.statusCode());
    assertEquals(
        json(falsch).get("detail"),
        json(unbekannt).get("detail"),
        "unbekannte Nutzer werden nicht verraten");

    String protokoll =
        get("/api/v1/audit?akteur=sachbearbeitung&aktion=ANMELDUNG", demo("admin")).body();
    assertTrue(protokoll.contains("\"erfolg\":true"), protokoll);
    assertTrue(protokoll.contains("\"erfolg\":false"), protokoll);
  }

  @Test
  void nachWiederholtenFehlversuchenIstDasKontoGesperrtAuchFuerDasRichtigePasswort() {
    String name = Server.eindeutig("sperrtest.");
    String passwort = "Richtig-Passwort-42";
    HttpResponse<String> angelegt =
        postJson(
            "/api/v1/verwaltung/mitarbeiter",
            demo("admin"),
            "{\"benutzername\":\""
                + name
                + "\",\"anzeigename\":\"Sven Sperrtest\",\"passwort\":\""
                + passwort
                + "\",\"rollen\":[\"SACHBEARBEITUNG\"],\"fachbereiche\":[\"steueramt\"]}");
    assertEquals(201, angelegt.statusCode(), angelegt.body());
    assertEquals(200, get("/api/v1/verwaltung/mitarbeiter", demo("admin")).statusCode());
    String nummer = Server.neuerVorgang();
    assertEquals(200, get("/api/v1/vorgaenge/" + nummer, basic(name, passwort)).statusCode());

    for (int i = 0; i < 5; i++) {
      assertEquals(
          401, get("/api/v1/vorgaenge/" + nummer, basic(name, "falsch-" + i)).statusCode());
    }
    HttpResponse<String> gesperrt = get("/api/v1/vorgaenge/" + nummer, basic(name, passwort));
    assertEquals(401, gesperrt.statusCode());
    assertTrue(json(gesperrt).get("detail").asText().contains("gesperrt"), gesperrt.body());
    assertTrue(
        get("/api/v1/audit?akteur=" + name, demo("admin")).body().contains("Konto gesperrt"));
    // other users are not affected
    assertEquals(200, get("/api/v1/vorgaenge/" + nummer, demo("sachbearbeitung")).statusCode());
  }

  @Test
  void vorgaengeSindNachMandantFachbereichUndRolleGetrennt() {
    String nummer = Server.neuerVorgang();
    JsonNode eigen = json(get("/api/v1/vorgaenge/" + nummer, demo("sachbearbeitung")));
    assertEquals("musterstadt", eigen.get("mandant").asText());
    assertEquals("steueramt", eigen.get("fachbereich").asText());

    HttpResponse<String> andererFachbereich =
        get("/api/v1/vorgaenge/" + nummer, demo("meldestelle"));
    assertEquals(403, andererFachbereich.statusCode());
    assertProblem(andererFachbereich, "Dieser Vorgang gehört nicht zu Ihren Fachbereichen.");
    assertEquals(
        404, get("/api/v1/vorgaenge/" + nummer, demo("nachbar.sachbearbeitung")).statusCode());
    assertEquals(403, get("/api/v1/vorgaenge/" + nummer, demo("leitung")).statusCode());
    assertEquals(403, get("/api/v1/vorgaenge/" + nummer, demo("admin")).statusCode());

    HttpResponse<String> fremdAnlegen =
        postJson(
            "/api/v1/vorgaenge",
            demo("meldestelle"),
            "{\"verfahren\":\"ALLGEMEIN\",\"fachbereich\":\"steueramt\",\"kanal\":\"BUERGERBUERO\"}");
    assertEquals(403, fremdAnlegen.statusCode());

    // the audit trail: only ADMIN, only the own Mandant
    assertEquals(403, get("/api/v1/audit", demo("sachbearbeitung")).statusCode());
    String protokoll = get("/api/v1/audit?vorgang=" + nummer, demo("admin")).body();
    assertTrue(protokoll.contains("\"aktion\":\"LESEN\""), protokoll);
    assertTrue(protokoll.contains("\"aktion\":\"ZUGRIFF_VERWEIGERT\""), protokoll);
    assertTrue(protokoll.contains("meldestelle"), protokoll);
    String fremdesProtokoll = get("/api/v1/audit?vorgang=" + nummer, demo("nachbar.admin")).body();
    assertFalse(fremdesProtokoll.contains("\"aktion\":\"ANLEGEN\""), fremdesProtokoll);
    assertFalse(fremdesProtokoll.contains("\"akteur\":\"sachbearbeitung\""), fremdesProtokoll);
  }

  @Test
  void geraeteMeldenSichMitIhremZugangAnUndEinWiderrufenerZugangWirdSofortAbgewiesen() {
    HttpResponse<String> terminal =
        postJson(
            "/api/v1/vorgaenge",
            bearer(Server.TERMINAL),
            "{\"verfahren\":\"ALLGEMEIN\",\"fachbereich\":\"steueramt\",\"kanal\":\"TERMINAL\"}");
    assertEquals(201, terminal.statusCode(), terminal.body());
    String nummer = json(terminal).get("nummer").asText();
    assertTrue(nummer.matches("ALG-\\d{4}-\\d{6}"), nummer);
    assertEquals("TERMINAL", json(terminal).get("kanal").asText());
    assertEquals(200, get("/api/v1/vorgaenge/" + nummer, bearer(Server.TERMINAL)).statusCode());
    assertEquals(
        403,
        postJson(
                "/api/v1/vorgaenge",
                bearer(Server.TERMINAL),
                "{\"verfahren\":\"ALLGEMEIN\",\"fachbereich\":\"steueramt\",\"kanal\":\"BUERGERBUERO\"}")
            .statusCode());

    HttpResponse<String> neu =
        postJson(
            "/api/v1/verwaltung/geraete",
            demo("admin"),
            "{\"bezeichnung\":\"Testkoffer\",\"art\":\"KOFFER\"}");
    assertEquals(201, neu.statusCode(), neu.body());
    String token = json(neu).get("token").asText();
    long id = json(neu).get("geraet").get("id").asLong();
    assertTrue(token.startsWith("bn1."));
    assertEquals(
        201,
        postJson(
                "/api/v1/vorgaenge",
                bearer(token),
                "{\"verfahren\":\"ALLGEMEIN\",\"fachbereich\":\"steueramt\",\"kanal\":\"KOFFER\"}")
            .statusCode());
    assertFalse(
        get("/api/v1/verwaltung/geraete", demo("admin")).body().contains(token),
        "Zugang wird nie wieder gezeigt");
    assertEquals(
        403,
        postJson(
                "/api/v1/verwaltung/geraete",
                demo("sachbearbeitung"),
                "{\"bezeichnung\":\"x\",\"art\":\"KOFFER\"}")
            .statusCode());

    assertEquals(
        200,
        postJson("/api/v1/verwaltung/geraete/" + id + "/widerruf", demo("admin"), "").statusCode());
    HttpResponse<String> widerrufen = get("/api/v1/vorgaenge/" + nummer, bearer(token));
    assertEquals(401, widerrufen.statusCode());
    assertProblem(widerrufen, "Der Gerätezugang ist ungültig oder widerrufen.");
    assertEquals(
        401,
        get("/api/v1/vorgaenge/" + nummer, bearer(token.substring(0, token.length() - 1) + "x"))
            .statusCode());
  }

  @Test
  void passwoerterUndGeraetezugaengeLiegenNurAlsHashInDerDatenbank() throws SQLException {
    try (Connection c = Server.datenbank();
        PreparedStatement p =
            c.prepareStatement("select passwort_hash from mitarbeiter where benutzername = ?")) {
      p.setString(1, "sachbearbeitung");
      try (ResultSet r = p.executeQuery()) {
        assertTrue(r.next());
        assertTrue(r.getString(1).startsWith("pbkdf2-sha256$"));
        assertFalse(r.getString(1).contains(Server.DEMO_PASSWORT));
      }
    }
    try (Connection c = Server.datenbank();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("select geheimnis_hash from geraet where kennung = 'demoterminal1'")) {
      assertTrue(r.next());
      assertNotEquals("demo-terminal-geheimnis-musterstadt", r.getString(1));
      assertEquals(64, r.getString(1).length());
    }
  }

  @Test
  void dasProtokollLaesstSichNichtAendernOderLoeschen() throws SQLException {
    Server.neuerVorgang();
    try (Connection c = Server.datenbank();
        Statement s = c.createStatement()) {
      SQLException e1 =
          org.junit.jupiter.api.Assertions.assertThrows(
              SQLException.class, () -> s.executeUpdate("update audit_eintrag set akteur = 'x'"));
      assertTrue(e1.getMessage().contains("append-only"));
      org.junit.jupiter.api.Assertions.assertThrows(
          SQLException.class, () -> s.executeUpdate("delete from audit_eintrag"));
      org.junit.jupiter.api.Assertions.assertThrows(
          SQLException.class, () -> s.executeUpdate("truncate audit_eintrag"));
    }
  }

  @Test
  void fehlerhafteEingabenErgebenProblemJsonUndKeinenStacktrace() {
    HttpResponse<String> kaputt =
        postJson("/api/v1/vorgaenge", demo("sachbearbeitung"), "{\"verfahren\": ");
    assertEquals(400, kaputt.statusCode());
    assertTrue(
        kaputt
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        kaputt.body());
    assertFalse(kaputt.body().contains("Exception"), kaputt.body());
    HttpResponse<String> unbekannt =
        postJson(
            "/api/v1/vorgaenge",
            demo("sachbearbeitung"),
            "{\"verfahren\":\"GIBTESNICHT\",\"fachbereich\":\"steueramt\",\"kanal\":\"BUERGERBUERO\"}");
    assertEquals(400, unbekannt.statusCode());
    assertProblem(unbekannt, "Unbekanntes Verfahren: GIBTESNICHT");
    HttpResponse<String> nichtDa = get("/api/v1/gibtesnicht", demo("sachbearbeitung"));
    assertEquals(404, nichtDa.statusCode());
    assertTrue(
        nichtDa
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        nichtDa.body());
  }

  @Test
  void dasSitzungscookieIstSameSiteUndAenderungenVonFremdenSeitenWerdenAbgewiesen() {
    HttpResponse<String> login = Server.formularAnmeldung("admin", Server.DEMO_PASSWORT);
    assertEquals(302, login.statusCode(), login.body());
    String setCookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .findFirst()
            .orElseThrow();
    assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    String cookie = setCookie.split(";")[0];

    long id =
        json(postJson(
                "/api/v1/verwaltung/geraete",
                demo("admin"),
                "{\"bezeichnung\":\"CSRF-Ziel\",\"art\":\"KOFFER\"}"))
            .get("geraet")
            .get("id")
            .asLong();
    java.util.function.Function<String, HttpResponse<String>> widerruf =
        herkunft ->
            Server.senden(
                Server.anfrage("/api/v1/verwaltung/geraete/" + id + "/widerruf", null)
                    .header("Cookie", cookie)
                    .header("Origin", herkunft)
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                    .build());
    HttpResponse<String> fremd = widerruf.apply("https://evil.example");
    assertEquals(403, fremd.statusCode(), fremd.body());
    assertTrue(
        get("/api/v1/verwaltung/geraete", demo("admin"))
            .body()
            .contains("\"bezeichnung\":\"CSRF-Ziel\",\"art\":\"KOFFER\",\"widerrufen\":false"));
    assertEquals(200, widerruf.apply(Server.BASIS).statusCode(), "von der eigenen Seite geht es");
    assertEquals(
        401, get("/api/v1/verwaltung/geraete", null).statusCode(), "ohne Cookie keine Sitzung");
  }

  @Test
  void angelegteVorgaengeNennenIhreAdresse() {
    HttpResponse<String> r =
        postJson(
            "/api/v1/vorgaenge",
            demo("sachbearbeitung"),
            "{\"verfahren\":\"ALLGEMEIN\",\"fachbereich\":\"steueramt\",\"kanal\":\"BUERGERBUERO\"}");
    String adresse = r.headers().firstValue("Location").orElseThrow();
    assertEquals(
        200,
        Server.senden(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(adresse))
                    .header("Authorization", demo("sachbearbeitung"))
                    .GET()
                    .build())
            .statusCode(),
        adresse);
  }

  @Test
  void parallelFehlversucheSperrenDasKontoUndLegenDenServerNichtLahm() throws Exception {
    String name = Server.eindeutig("parallel.");
    assertEquals(
        201,
        postJson(
                "/api/v1/verwaltung/mitarbeiter",
                demo("admin"),
                "{\"benutzername\":\""
                    + name
                    + "\",\"anzeigename\":\"Paula Parallel\",\"passwort\":\"Parallel-Passwort-9\","
                    + "\"rollen\":[\"SACHBEARBEITUNG\"],\"fachbereiche\":[\"steueramt\"]}")
            .statusCode());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(40);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> antworten = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        antworten.add(
            pool.submit(() -> get("/api/v1/verfahren", basic(name, "falsch-" + n)).statusCode()));
        antworten.add(
            pool.submit(
                () -> get("/api/v1/verfahren", basic("niemand" + n, "falsch-" + n)).statusCode()));
      }
      java.util.Map<Integer, Long> zaehlung = new java.util.TreeMap<>();
      for (java.util.concurrent.Future<Integer> f : antworten) {
        zaehlung.merge(f.get(), 1L, Long::sum);
      }
      assertEquals(java.util.Map.of(401, 80L), zaehlung, "jede Anfrage bekommt 401, keine 500");
    } finally {
      pool.shutdownNow();
    }
    HttpResponse<String> richtig = get("/api/v1/verfahren", basic(name, "Parallel-Passwort-9"));
    assertEquals(401, richtig.statusCode());
    assertTrue(
        json(richtig).get("detail").asText().contains("gesperrt"),
        "trotz paralleler Versuche gesperrt");
    assertEquals(200, get("/api/v1/health", null).statusCode());
  }

  @Test
  void steuerzeichenUndZuLangeWerteSindEingabefehlerKeineServerfehler() {
    assertEquals(
        400,
        postJson(
                "/api/v1/vorgaenge",
                demo("sachbearbeitung"),
                "{\"verfahren\":\"ALLGEMEIN\",\"fachbereich\":\"steuer\\u0000amt\",\"kanal\":\"BUERGERBUERO\"}")
            .statusCode());
    assertEquals(
        401, get("/api/v1/verfahren", "Basic YQBiOmM=").statusCode(), "NUL im Benutzernamen");
    HttpResponse<String> lang =
        postJson(
            "/api/v1/verwaltung/mitarbeiter",
            demo("admin"),
            "{\"benutzername\":\""
                + Server.eindeutig("lang.")
                + "\",\"anzeigename\":\""
                + "x".repeat(300)
                + "\",\"passwort\":\"Lang-genug-2026\",\"rollen\":[\"LEITUNG\"]}");
    assertEquals(400, lang.statusCode(), lang.body());
    assertEquals(
        400,
        postJson(
                "/api/v1/verwaltung/mitarbeiter",
                demo("admin"),
                "{\"benutzername\":\"x.y.z\",\"anzeigename\":\"X\",\"passwort\":\"Lang-genug-2026\",\"rollen\":[null]}")
            .statusCode());
    assertEquals(
        400,
        postJson(
                "/api/v1/vorgaenge",
                demo("sachbearbeitung"),
                "{\"verfahren\":\"ALLGEMEIN\",\"fachbereich\":\"steueramt\",\"kanal\":0}")
            .statusCode());
    assertTrue(
        get("/api/v1/verfahren", demo("sachbearbeitung"))
            .headers()
            .firstValue("Cache-Control")
            .orElse("")
            .contains("no-store"));
  }

  static void assertProblem(HttpResponse<String> r, String detail) {
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        r.headers().toString());
    JsonNode p = json(r);
    assertEquals(r.statusCode(), p.get("status").asInt());
    assertEquals(detail, p.get("detail").asText());
    assertTrue(p.get("type").asText().startsWith("https://buergernah.de/probleme/"));
  }
}
