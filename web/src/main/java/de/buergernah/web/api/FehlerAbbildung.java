package de.buergernah.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.buergernah.plattform.fehler.FachlicherFehler;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error of the API as RFC 9457 problem+json with a German message; never a stack trace. */
@Provider
public class FehlerAbbildung implements ExceptionMapper<FachlicherFehler> {

  private static final Logger LOG = Logger.getLogger(FehlerAbbildung.class.getName());

  @Override
  public Response toResponse(FachlicherFehler f) {
    return Probleme.antwort(f.getStatus(), f.getArt(), f.getTitel(), f.getMessage());
  }

  /** Details may quote input; a huge input must not come back in full. */
  static String gekuerzt(String detail) {
    return detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300) + " …";
  }

  /** HTTP errors raised by JAX-RS itself (unknown path, wrong method, unsupported media type). */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String detail =
          switch (status) {
            case 400 -> "Die Anfrage ist fehlerhaft.";
            case 401 -> "Bitte melden Sie sich an.";
            case 403 -> "Dafür fehlt Ihnen die Berechtigung.";
            case 404 -> "Diese Adresse gibt es nicht.";
            case 405 -> "Diese Methode ist hier nicht erlaubt.";
            case 406 -> "Dieses Antwortformat wird nicht angeboten.";
            case 415 -> "Dieses Format des Anfrageinhalts wird nicht unterstützt.";
            default -> "Die Anfrage konnte nicht bearbeitet werden.";
          };
      if (e.getCause() instanceof JsonProcessingException) {
        detail = "Der JSON-Inhalt der Anfrage ist fehlerhaft oder enthält unbekannte Felder.";
        status = 400;
      }
      return Probleme.antwort(status, "http-" + status, "Anfrage nicht möglich", detail);
    }
  }

  /** Malformed JSON bodies. */
  @Provider
  public static class Json implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
      return Probleme.antwort(
          400,
          "json-fehlerhaft",
          "Ungültige Eingabe",
          "Der JSON-Inhalt der Anfrage ist fehlerhaft oder enthält unbekannte Felder.");
    }
  }

  /** Anything unexpected: logged with a reference (no request data), answered without detail. */
  @Provider
  public static class Unerwartet implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable t) {
      String sqlZustand = sqlZustand(t);
      if (sqlZustand != null && sqlZustand.startsWith("22")) {
        // invalid characters (NUL) or values too long for their column: the input's fault
        return Probleme.antwort(
            400,
            "ungueltige-eingabe",
            "Ungültige Eingabe",
            "Die Eingabe enthält unzulässige Zeichen oder ist zu lang.");
      }
      if ("23505".equals(sqlZustand)) {
        return Probleme.antwort(409, "konflikt", "Konflikt", "Diesen Eintrag gibt es bereits.");
      }
      FachlicherFehler fachlich = fachlicheUrsache(t);
      if (fachlich != null) {
        return Probleme.antwort(
            fachlich.getStatus(), fachlich.getArt(), fachlich.getTitel(), fachlich.getMessage());
      }
      String referenz = UUID.randomUUID().toString().substring(0, 8);
      // exception messages can quote request data (personal data): only the class chain goes to
      // the log at SEVERE, the full trace only at FINE for a developer's machine
      LOG.severe(() -> "Unerwarteter Fehler, Referenz " + referenz + ": " + klassenkette(t));
      LOG.log(Level.FINE, "Referenz " + referenz, t);
      return Probleme.antwort(
          500,
          "interner-fehler",
          "Interner Fehler",
          "Ein unerwarteter Fehler ist aufgetreten (Referenz "
              + referenz
              + "). Es wurde nichts geändert.");
    }

    private static String klassenkette(Throwable t) {
      StringBuilder s = new StringBuilder();
      for (Throwable u = t; u != null; u = u.getCause()) {
        s.append(s.length() == 0 ? "" : " <- ").append(u.getClass().getName());
        StackTraceElement[] st = u.getStackTrace();
        if (st.length > 0) {
          s.append(" at ").append(st[0]);
        }
      }
      return s.toString();
    }

    private static String sqlZustand(Throwable t) {
      for (Throwable u = t; u != null; u = u.getCause()) {
        if (u instanceof java.sql.SQLException e && e.getSQLState() != null) {
          return e.getSQLState();
        }
      }
      return null;
    }

    private static FachlicherFehler fachlicheUrsache(Throwable t) {
      for (Throwable u = t; u != null; u = u.getCause()) {
        if (u instanceof FachlicherFehler f) {
          return f;
        }
      }
      return null;
    }
  }
}
