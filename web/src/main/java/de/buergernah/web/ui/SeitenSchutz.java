package de.buergernah.web.ui;

import de.buergernah.kern.Rolle;
import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.sicherheit.Akteur;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import de.buergernah.plattform.sicherheit.AnmeldeService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Guards the clerk pages: without a login to the login page; {@code /admin/} pages only for ADMIN
 * (others get the 403 page). Sets the request's principal from the session, re-read from the
 * database so that a deactivated user is out at once.
 */
@WebFilter(urlPatterns = "*.xhtml", filterName = "seitenSchutz")
public class SeitenSchutz extends HttpFilter {

  @Inject AnmeldeService anmeldung;
  @Inject AktuellerAkteur aktuell;
  @Inject AuditService audit;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    // the servlet path is normalised by the container ("/fehler/../admin/x" is "/admin/x")
    String pfad = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    if (req.getRequestURI().contains("..")
        || req.getRequestURI().contains("%2e")
        || req.getRequestURI().contains("%2E")) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    HttpSession sitzung = req.getSession(false);
    Object gespeichert = sitzung == null ? null : sitzung.getAttribute(Sitzung.ATTRIBUT_AKTEUR);
    Optional<Akteur> akteur =
        gespeichert instanceof Akteur a ? anmeldung.auffrischen(a.id()) : Optional.empty();
    akteur.ifPresent(aktuell::setzen);
    if (oeffentlich(pfad)) {
      chain.doFilter(req, res);
      return;
    }
    if (akteur.isEmpty()) {
      if (sitzung != null) {
        sitzung.invalidate();
      }
      res.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    if (pfad.startsWith("/admin/") && !akteur.get().hatRolle(Rolle.ADMIN)) {
      Akteur a = akteur.get();
      audit.fehlschlag(
          a.mandantId(),
          a.name(),
          Aktion.ZUGRIFF_VERWEIGERT,
          "Seite",
          pfad,
          null,
          "ADMIN erforderlich");
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    res.setHeader("Cache-Control", "no-store");
    chain.doFilter(req, res);
  }

  private static boolean oeffentlich(String pfad) {
    return pfad.equals("/login.xhtml")
        || pfad.startsWith("/fehler/")
        || pfad.startsWith("/jakarta.faces.resource/");
  }
}
