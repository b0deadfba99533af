package de.buergernah.web.engine;

import de.buergernah.api.fehler.Problem;
import de.buergernah.kern.Rolle;
import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import de.buergernah.plattform.sicherheit.AnmeldeService;
import de.buergernah.plattform.sicherheit.Anmeldeergebnis;
import de.buergernah.web.sicherheit.BasicAnmeldedaten;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Guards Camunda's REST API: HTTP Basic with a buergernah user of role PROZESSDESIGN or ADMIN (as
 * Camunda Modeler sends it); anonymous or wrong credentials 401, other roles 403. Deployments are
 * audited. Runs before Camunda's own filters.
 */
@WebFilter(urlPatterns = "/engine-rest/*", filterName = "engineRestSchutz")
public class EngineRestSchutz extends HttpFilter {

  @Inject AnmeldeService anmeldung;
  @Inject AktuellerAkteur aktuell;
  @Inject AuditService audit;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Optional<BasicAnmeldedaten> basic = BasicAnmeldedaten.aus(req.getHeader("Authorization"));
    if (basic.isEmpty()) {
      problem(res, 401, "Bitte melden Sie sich mit Benutzername und Passwort an (HTTP Basic).");
      return;
    }
    Anmeldeergebnis e =
        anmeldung.anmelden(basic.get().benutzername(), basic.get().passwort(), "engine-rest");
    if (!e.erfolgreich()) {
      problem(res, 401, e.meldung());
      return;
    }
    aktuell.setzen(e.akteur());
    if (!e.akteur().hatEineRolle(Rolle.PROZESSDESIGN, Rolle.ADMIN)) {
      audit.fehlschlag(
          e.akteur().mandantId(),
          e.akteur().name(),
          Aktion.ZUGRIFF_VERWEIGERT,
          "EngineRest",
          req.getRequestURI(),
          null,
          "Rolle fehlt");
      problem(
          res,
          403,
          "Die Prozess-Schnittstelle ist der Prozessgestaltung und der Administration vorbehalten.");
      return;
    }
    String pfad =
        req.getRequestURI().substring(req.getContextPath().length() + "/engine-rest".length());
    if (!modelerPfad(req.getMethod(), pfad)) {
      audit.fehlschlag(
          e.akteur().mandantId(),
          e.akteur().name(),
          Aktion.ZUGRIFF_VERWEIGERT,
          "EngineRest",
          req.getMethod() + " " + pfad,
          null,
          "nicht freigegeben");
      problem(
          res,
          403,
          "Über diese Schnittstelle sind nur Bereitstellen und Starten von Prozessen (Camunda Modeler) freigegeben.");
      return;
    }
    chain.doFilter(req, res);
    if ("POST".equals(req.getMethod()) && req.getRequestURI().endsWith("/deployment/create")) {
      if (res.getStatus() < 400) {
        audit.protokollieren(
            Aktion.PROZESS_BEREITSTELLEN, "Deployment", null, null, "über engine-rest");
      } else {
        audit.fehlschlag(
            e.akteur().mandantId(),
            e.akteur().name(),
            Aktion.PROZESS_BEREITSTELLEN,
            "Deployment",
            null,
            null,
            "HTTP " + res.getStatus());
      }
    }
  }

  /**
   * What Camunda Modeler needs: check the connection, deploy, look at deployed definitions and
   * start an instance. Everything else of the engine (tasks, variables, history, deletions) holds
   * data of all Mandanten and stays closed.
   */
  static boolean modelerPfad(String methode, String pfad) {
    if (pfad.contains("..") || pfad.contains("//") || pfad.contains("%")) {
      return false;
    }
    if ("GET".equals(methode)) {
      return pfad.equals("/version")
          || pfad.equals("/engine")
          || pfad.startsWith("/deployment")
          || pfad.startsWith("/process-definition")
          || pfad.startsWith("/decision-definition");
    }
    if ("POST".equals(methode)) {
      return pfad.equals("/deployment/create") || ERLAUBTER_START.matcher(pfad).matches();
    }
    return false;
  }

  private static final java.util.regex.Pattern ERLAUBTER_START =
      java.util.regex.Pattern.compile(
          "/process-definition/(key/[A-Za-z0-9_.-]+|[A-Za-z0-9_:.-]+)/start");

  private static void problem(HttpServletResponse res, int status, String detail)
      throws IOException {
    res.setStatus(status);
    if (status == 401) {
      res.setHeader("WWW-Authenticate", "Basic realm=\"buergernah\", charset=\"UTF-8\"");
    }
    res.setContentType(Problem.MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    String titel = status == 401 ? "Nicht angemeldet" : "Kein Zugriff";
    String art = status == 401 ? "nicht-angemeldet" : "kein-zugriff";
    res.getOutputStream()
        .write(
            ("{\"type\":\""
                    + Problem.TYPE_BASIS
                    + art
                    + "\",\"title\":\""
                    + titel
                    + "\",\"status\":"
                    + status
                    + ",\"detail\":\""
                    + detail.replace("\"", "'")
                    + "\"}")
                .getBytes(StandardCharsets.UTF_8));
  }
}
