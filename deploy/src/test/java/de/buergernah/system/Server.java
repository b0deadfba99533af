package de.buergernah.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The system under test: the real EAR on the provisioned WildFly, reached over HTTP. */
final class Server {

  static final String BASIS = "http://localhost:8180";
  static final String DEMO_PASSWORT = "Demo-Passwort-2026";
  static final String TERMINAL = "bn1.demoterminal1.demo-terminal-geheimnis-musterstadt";
  static final ObjectMapper JSON = new ObjectMapper();

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Server() {}

  /** The EAR exactly as the build produced it (the same file start.sh deploys). */
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("buergernah.ear")));
  }

  static String basic(String benutzer, String passwort) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((benutzer + ":" + passwort).getBytes(StandardCharsets.UTF_8));
  }

  static String demo(String benutzer) {
    return basic(benutzer, DEMO_PASSWORT);
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  static HttpRequest.Builder anfrage(String pfad, String authorization) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(BASIS + pfad)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  static HttpResponse<String> get(String pfad, String authorization) {
    return senden(anfrage(pfad, authorization).GET().build());
  }

  static HttpResponse<String> postJson(String pfad, String authorization, String json) {
    return senden(
        anfrage(pfad, authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  static HttpResponse<String> senden(HttpRequest r) {
    try {
      return CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<byte[]> sendenBytes(HttpRequest r) {
    try {
      return CLIENT.send(r, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("keine JSON-Antwort: " + r.body(), e);
    }
  }

  /** Opens a case in the Steueramt of musterstadt as the demo clerk; returns its number. */
  static String neuerVorgang() {
    HttpResponse<String> r =
        postJson(
            "/api/v1/vorgaenge",
            demo("sachbearbeitung"),
            "{\"verfahren\":\"ALLGEMEIN\",\"fachbereich\":\"steueramt\",\"kanal\":\"BUERGERBUERO\",\"betreff\":\"Testfall\"}");
    if (r.statusCode() != 201) {
      throw new IllegalStateException("Vorgang nicht angelegt: " + r.statusCode() + " " + r.body());
    }
    return json(r).get("nummer").asText();
  }

  static String eindeutig(String praefix) {
    return praefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Logs in through the JSF login form like a browser and returns the answer of the form post (302
   * with the session cookie of the logged-in user).
   */
  static HttpResponse<String> formularAnmeldung(String benutzer, String passwort) {
    HttpResponse<String> seite = senden(anfrage("/login.xhtml", null).GET().build());
    String cookie = seite.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(seite.body());
    if (!m.find()) {
      throw new IllegalStateException("kein ViewState auf der Anmeldeseite");
    }
    String formular =
        "anmeldung=anmeldung&benutzername="
            + kodiert(benutzer)
            + "&passwort="
            + kodiert(passwort)
            + "&anmelden=&jakarta.faces.ViewState="
            + kodiert(m.group(1));
    return senden(
        anfrage("/login.xhtml", null)
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formular))
            .build());
  }

  private static String kodiert(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Direct connection to the test database, to check what the server wrote. */
  static Connection datenbank() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + System.getProperty("test.db.port") + "/buergernah",
        "buergernah",
        "buergernah");
  }
}
