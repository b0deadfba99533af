package de.buergernah.terminal.server;

import de.buergernah.api.dokument.DokumentApi;
import de.buergernah.api.dokument.DokumentDto;
import de.buergernah.api.fehler.Problem;
import de.buergernah.api.hundesteuer.Hundeanmeldung;
import de.buergernah.api.hundesteuer.HundeanmeldungStand;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The calls the terminal makes to {@code /api/v1}, each with {@code Authorization: Bearer bn1.…}.
 * The credential lives only in the request header; it is never part of a message.
 */
public final class ServerVerbindung {

  private static final String JSON = "application/json";
  private static final String PDF = "application/pdf";
  private static final Duration KURZ = Duration.ofSeconds(60);
  // 20 MB over a slow village line
  private static final Duration HOCHLADEN = Duration.ofMinutes(5);

  private final URI api;
  private final String autorisierung;
  private final Wiederholung wiederholung;
  private final HttpClient client;

  /**
   * @param api the API base ending in {@code /api/v1/}
   */
  public ServerVerbindung(URI api, String geraetezugang, Wiederholung wiederholung) {
    this.api = api;
    this.autorisierung = "Bearer " + geraetezugang;
    this.wiederholung = wiederholung;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            // a redirect could carry the bearer credential to another host: report it instead
            .followRedirects(HttpClient.Redirect.NEVER)
            // one WildFly behind the kiosk: no h2c upgrade dance on plain http
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** The answer to a submit: the case and whether this call opened it (false: seen before). */
  public record Eingang(HundeanmeldungStand stand, boolean neu) {}

  /**
   * {@code POST hundesteuer/anmeldungen}. Repeated on connection errors and 5xx with the same key:
   * the server answers a repeated key with the case it opened the first time.
   */
  public Eingang einreichen(Hundeanmeldung antrag, String idempotenzSchluessel)
      throws ServerFehler, InterruptedException {
    HttpRequest r =
        anfrage("hundesteuer/anmeldungen", KURZ)
            .header("Content-Type", JSON)
            .header("Accept", JSON)
            .header("Idempotency-Key", idempotenzSchluessel)
            .POST(HttpRequest.BodyPublishers.ofByteArray(Json.schreiben(antrag)))
            .build();
    HttpResponse<byte[]> a = senden(r, true);
    if (a.statusCode() != 201 && a.statusCode() != 200) {
      throw fehler(a);
    }
    HundeanmeldungStand stand = lesen(a, HundeanmeldungStand.class);
    if (stand == null || !Vorgangsnummer.istGueltig(stand.vorgang())) {
      throw new FehlerAntwort(
          a.statusCode(), "Die Antwort des Servers enthält keine gültige Vorgangsnummer.");
    }
    return new Eingang(stand, a.statusCode() == 201);
  }

  /**
   * {@code POST vorgaenge/{nummer}/dokumente} with the raw file. Repeated only when no connection
   * came about: a second upload after a lost answer would store the document twice.
   */
  public DokumentDto hochladen(String nummer, Path datei)
      throws ServerFehler, InterruptedException, FileNotFoundException {
    String name = datei.getFileName().toString();
    HttpRequest r =
        anfrage(dokumentePfad(nummer), HOCHLADEN)
            // the server detects the type from the bytes; the name only labels the document
            .header("Content-Type", "application/octet-stream")
            .header("Accept", JSON)
            .header(
                DokumentApi.HEADER_DATEINAME,
                URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
            .POST(HttpRequest.BodyPublishers.ofFile(datei))
            .build();
    HttpResponse<byte[]> a = senden(r, false);
    if (a.statusCode() != 201 && a.statusCode() != 200) {
      throw fehler(a);
    }
    return lesen(a, DokumentDto.class);
  }

  /** {@code GET vorgaenge/{nummer}/dokumente}: what the case already holds. */
  public List<DokumentDto> dokumente(String nummer) throws ServerFehler, InterruptedException {
    HttpResponse<byte[]> a =
        senden(anfrage(dokumentePfad(nummer), KURZ).header("Accept", JSON).GET().build(), true);
    if (a.statusCode() != 200) {
      throw fehler(a);
    }
    DokumentDto[] liste = lesen(a, DokumentDto[].class);
    return liste == null ? List.of() : Arrays.asList(liste);
  }

  /**
   * {@code GET vorgaenge/{nummer}/eingangsbestaetigung}: the receipt as PDF, or empty while the
   * server has none (404).
   */
  public Optional<byte[]> eingangsbestaetigung(String nummer)
      throws ServerFehler, InterruptedException {
    HttpResponse<byte[]> a =
        senden(
            anfrage(vorgangPfad(nummer) + "/eingangsbestaetigung", KURZ)
                .header("Accept", PDF)
                .GET()
                .build(),
            true);
    if (a.statusCode() == 404) {
      return Optional.empty();
    }
    if (a.statusCode() != 200) {
      throw fehler(a);
    }
    byte[] pdf = a.body();
    if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
      throw new FehlerAntwort(200, "Die Eingangsbestätigung des Servers ist kein PDF.");
    }
    return Optional.of(pdf);
  }

  private static String vorgangPfad(String nummer) {
    if (!Vorgangsnummer.istGueltig(nummer)) {
      throw new IllegalArgumentException("keine Vorgangsnummer");
    }
    return "vorgaenge/" + nummer;
  }

  private static String dokumentePfad(String nummer) {
    return vorgangPfad(nummer) + "/dokumente";
  }

  private HttpRequest.Builder anfrage(String pfad, Duration zeitlimit) {
    return HttpRequest.newBuilder(api.resolve(pfad))
        .timeout(zeitlimit)
        .header("Authorization", autorisierung)
        .header("User-Agent", "buergernah-terminal-agent");
  }

  private HttpResponse<byte[]> senden(HttpRequest r, boolean wiederholbar)
      throws ServerNichtErreichbar, InterruptedException {
    for (int versuch = 1; ; versuch++) {
      boolean letzter = versuch >= wiederholung.versuche();
      try {
        HttpResponse<byte[]> a = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
        if (a.statusCode() < 500 || !wiederholbar || letzter) {
          return a;
        }
      } catch (IOException e) {
        // refused or never connected: the request did not reach the server, so it is safe to
        // send again whatever it was
        boolean nichtsGesendet =
            e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
        if (letzter || !(wiederholbar || nichtsGesendet)) {
          throw new ServerNichtErreichbar(e, versuch);
        }
      }
      wiederholung.warten().warten(wiederholung.wartezeitNach(versuch));
    }
  }

  private static <T> T lesen(HttpResponse<byte[]> a, Class<T> typ) throws FehlerAntwort {
    try {
      return Json.tolerant(typ).readValue(a.body());
    } catch (IOException e) {
      throw new FehlerAntwort(a.statusCode(), "Die Antwort des Servers ist kein gültiges JSON.");
    }
  }

  private static FehlerAntwort fehler(HttpResponse<byte[]> a) {
    int status = a.statusCode();
    if (status >= 300 && status < 400) {
      return new FehlerAntwort(
          status,
          "Der Server leitet weiter nach "
              + FehlerAntwort.lesbar(a.headers().firstValue("Location").orElse("(unbekannt)"))
              + ".");
    }
    Optional<Problem> problem = Optional.empty();
    if (a.headers().firstValue("Content-Type").orElse("").contains("json")) {
      try {
        problem = Optional.ofNullable(Json.tolerant(Problem.class).readValue(a.body()));
      } catch (IOException e) {
        // a proxy's error page or a broken body: the status alone has to do
      }
    }
    return FehlerAntwort.aus(status, problem);
  }
}
