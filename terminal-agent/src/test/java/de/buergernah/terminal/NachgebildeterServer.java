package de.buergernah.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imitates the server's contract for the terminal on 127.0.0.1: submit with Idempotency-Key (201
 * new, 200 repeated), uploads with type detection and size limit, the document list, the receipt,
 * and problem+json errors with German details, as web/api does.
 */
final class NachgebildeterServer implements AutoCloseable {

  static final String ZUGANG = "bn1.testterminal.geheimnis-4711";
  static final String WIDERRUFEN = "Der Gerätezugang ist ungültig oder widerrufen.";
  static final String TYP_NICHT_ERLAUBT =
      "Erlaubt sind nur PDF, JPEG, PNG und TIFF. Der Inhalt dieser Datei ist keiner dieser Typen.";
  static final String KEIN_HUND = "Bitte geben Sie mindestens einen Hund an.";
  static final byte[] BELEG =
      "%PDF-1.7\n% Eingangsbestaetigung\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DOKUMENTE = Pattern.compile("/api/v1/vorgaenge/([^/]+)/dokumente");
  private static final Pattern BELEG_PFAD =
      Pattern.compile("/api/v1/vorgaenge/([^/]+)/eingangsbestaetigung");

  /** One request as it arrived. */
  record Anfrage(String methode, String pfad, Map<String, String> kopf, byte[] inhalt) {
    String kopf(String name) {
      return kopf.get(name.toLowerCase());
    }
  }

  /** One stored document. */
  record Dokument(String vorgang, String dateinameRoh, String dateiname, byte[] inhalt) {}

  final List<Anfrage> anfragen = Collections.synchronizedList(new ArrayList<>());
  final List<Dokument> dokumente = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> vorgangNachSchluessel = new LinkedHashMap<>();

  /** Submits that get their connection closed without an answer. */
  final AtomicInteger abbrueche = new AtomicInteger();

  /** Submits answered with 503 before the real answer. */
  final AtomicInteger nichtVerfuegbar = new AtomicInteger();

  volatile boolean zugangWiderrufen;
  volatile boolean belegVorhanden = true;
  volatile int hoechstgroesse = 1024;

  private final HttpServer http;

  NachgebildeterServer() throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/", this::bearbeiten);
    http.start();
  }

  URI adresse() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
  }

  List<Anfrage> anfragen(String methode, String pfadAnfang) {
    synchronized (anfragen) {
      return anfragen.stream()
          .filter(a -> a.methode().equals(methode) && a.pfad().startsWith(pfadAnfang))
          .toList();
    }
  }

  List<Anfrage> einreichungen() {
    return anfragen("POST", "/api/v1/hundesteuer/anmeldungen");
  }

  /** A case that exists on the server, as if opened earlier at the counter. */
  synchronized String vorhandenerVorgang() {
    return vorgangNachSchluessel.computeIfAbsent("vorher", k -> neueNummer());
  }

  @Override
  public void close() {
    http.stop(0);
  }

  private void bearbeiten(HttpExchange x) throws IOException {
    try (x) {
      byte[] inhalt = x.getRequestBody().readAllBytes();
      Map<String, String> kopf = new LinkedHashMap<>();
      x.getRequestHeaders().forEach((k, v) -> kopf.put(k.toLowerCase(), v.get(0)));
      String pfad = x.getRequestURI().getPath();
      String methode = x.getRequestMethod();
      anfragen.add(new Anfrage(methode, pfad, kopf, inhalt));

      if (!("Bearer " + ZUGANG).equals(kopf.get("authorization")) || zugangWiderrufen) {
        problem(x, 401, "nicht-angemeldet", WIDERRUFEN);
        return;
      }
      Matcher dok = DOKUMENTE.matcher(pfad);
      Matcher beleg = BELEG_PFAD.matcher(pfad);
      if (methode.equals("POST") && pfad.equals("/api/v1/hundesteuer/anmeldungen")) {
        einreichen(x, kopf, inhalt);
      } else if (dok.matches() && methode.equals("POST")) {
        hochladen(x, dok.group(1), kopf, inhalt);
      } else if (dok.matches() && methode.equals("GET")) {
        liste(x, dok.group(1));
      } else if (beleg.matches() && methode.equals("GET") && belegVorhanden) {
        if (!vorhanden(beleg.group(1))) {
          problem(x, 404, "nicht-gefunden", "Diesen Vorgang gibt es nicht.");
          return;
        }
        x.getResponseHeaders().set("Content-Type", "application/pdf");
        x.sendResponseHeaders(200, BELEG.length);
        x.getResponseBody().write(BELEG);
      } else {
        problem(x, 404, "http-404", "Diese Adresse gibt es nicht.");
      }
    }
  }

  private void einreichen(HttpExchange x, Map<String, String> kopf, byte[] inhalt)
      throws IOException {
    if (abbrueche.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      // closing the exchange before any header drops the connection: the client sees an I/O
      // error, as when a proxy or a restarting server cuts the line
      return;
    }
    if (nichtVerfuegbar.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      problem(x, 503, "nicht-verfuegbar", "Der Dienst ist gerade nicht verfügbar.");
      return;
    }
    JsonNode antrag;
    try {
      antrag = JSON.readTree(inhalt);
    } catch (IOException e) {
      problem(x, 400, "json-fehlerhaft", "Der JSON-Inhalt der Anfrage ist fehlerhaft.");
      return;
    }
    if (!antrag.path("hunde").isArray() || antrag.path("hunde").isEmpty()) {
      problem(x, 400, "ungueltig", KEIN_HUND);
      return;
    }
    String schluessel = kopf.get("idempotency-key");
    boolean neu;
    String nummer;
    synchronized (this) {
      neu = schluessel == null || !vorgangNachSchluessel.containsKey(schluessel);
      nummer =
          schluessel == null
              ? neueNummer()
              : vorgangNachSchluessel.computeIfAbsent(schluessel, k -> neueNummer());
    }
    ObjectNode stand = JSON.createObjectNode();
    stand.put("vorgang", nummer).put("status", "OFFEN").put("jahr", 2026);
    stand.putNull("jahresbetrag");
    stand.putArray("steuermarken");
    // a newer server may send more: the agent must not trip over it
    stand.put("kanal", "TERMINAL");
    json(x, neu ? 201 : 200, stand);
  }

  private void hochladen(HttpExchange x, String vorgang, Map<String, String> kopf, byte[] inhalt)
      throws IOException {
    if (!vorhanden(vorgang)) {
      problem(x, 404, "nicht-gefunden", "Diesen Vorgang gibt es nicht.");
      return;
    }
    if (inhalt.length > hoechstgroesse) {
      problem(
          x,
          413,
          "dokument-zu-gross",
          "Das Dokument ist größer als 1 KB und wurde nicht gespeichert.");
      return;
    }
    String medientyp = medientyp(inhalt);
    if (medientyp == null) {
      problem(x, 415, "dokumenttyp-nicht-erlaubt", TYP_NICHT_ERLAUBT);
      return;
    }
    String roh = kopf.get("x-dateiname");
    String name = URLDecoder.decode(roh, StandardCharsets.UTF_8);
    int id;
    synchronized (dokumente) {
      dokumente.add(new Dokument(vorgang, roh, name, inhalt));
      id = dokumente.size();
    }
    json(x, 201, dto(id, vorgang, name, medientyp, inhalt));
  }

  private void liste(HttpExchange x, String vorgang) throws IOException {
    if (!vorhanden(vorgang)) {
      problem(x, 404, "nicht-gefunden", "Diesen Vorgang gibt es nicht.");
      return;
    }
    var liste = JSON.createArrayNode();
    synchronized (dokumente) {
      for (int i = 0; i < dokumente.size(); i++) {
        Dokument d = dokumente.get(i);
        if (d.vorgang().equals(vorgang)) {
          liste.add(dto(i + 1, vorgang, d.dateiname(), medientyp(d.inhalt()), d.inhalt()));
        }
      }
    }
    json(x, 200, liste);
  }

  private synchronized boolean vorhanden(String vorgang) {
    return vorgangNachSchluessel.containsValue(vorgang);
  }

  private String neueNummer() {
    return String.format("HST-2026-%06d", vorgangNachSchluessel.size() + 1);
  }

  private static ObjectNode dto(
      long id, String vorgang, String name, String medientyp, byte[] inhalt) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", id)
        .put("vorgang", vorgang)
        .put("dateiname", name)
        .put("medientyp", medientyp)
        .put("groesse", inhalt.length)
        .put("sha256", sha256(inhalt))
        .put("hochgeladenAm", "2026-06-20T09:30:00Z");
    return d;
  }

  static String medientyp(byte[] b) {
    if (b.length >= 5 && new String(b, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
      return "application/pdf";
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    return null;
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void json(HttpExchange x, int status, JsonNode inhalt) throws IOException {
    senden(x, status, "application/json", JSON.writeValueAsBytes(inhalt));
  }

  private static void problem(HttpExchange x, int status, String art, String detail)
      throws IOException {
    ObjectNode p = JSON.createObjectNode();
    p.put("type", "https://buergernah.de/probleme/" + art)
        .put("title", "Fehler")
        .put("status", status)
        .put("detail", detail);
    senden(x, status, "application/problem+json", JSON.writeValueAsBytes(p));
  }

  private static void senden(HttpExchange x, int status, String typ, byte[] inhalt)
      throws IOException {
    x.getResponseHeaders().set("Content-Type", typ);
    x.sendResponseHeaders(status, inhalt.length);
    x.getResponseBody().write(inhalt);
  }
}
