package de.buergernah.web.api;

import de.buergernah.plattform.sicherheit.Akteur;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import de.buergernah.plattform.sicherheit.AnmeldeService;
import de.buergernah.plattform.sicherheit.Anmeldeergebnis;
import de.buergernah.web.sicherheit.BasicAnmeldedaten;
import de.buergernah.web.ui.Sitzung;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Authenticates every API call: a device with {@code Authorization: Bearer bn1.…}, a user with HTTP
 * Basic or with the session of the clerk UI. Only {@code /health} is open.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAnmeldung implements ContainerRequestFilter {

  @Inject AnmeldeService anmeldung;
  @Inject AktuellerAkteur aktuell;

  @Context HttpServletRequest anfrage;

  @Override
  public void filter(ContainerRequestContext ctx) {
    String pfad = ctx.getUriInfo().getPath();
    if (pfad.equals("health") || pfad.equals("/health")) {
      return;
    }
    String kopf = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (kopf != null && kopf.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<Akteur> geraet = anmeldung.geraetPruefen(kopf.substring(7).trim());
      if (geraet.isEmpty()) {
        ctx.abortWith(nichtAngemeldet("Der Gerätezugang ist ungültig oder widerrufen."));
        return;
      }
      aktuell.setzen(geraet.get());
      return;
    }
    Optional<BasicAnmeldedaten> basic = BasicAnmeldedaten.aus(kopf);
    if (basic.isPresent()) {
      Anmeldeergebnis e =
          anmeldung.anmelden(basic.get().benutzername(), basic.get().passwort(), "API");
      if (!e.erfolgreich()) {
        ctx.abortWith(nichtAngemeldet(e.meldung()));
        return;
      }
      aktuell.setzen(e.akteur());
      return;
    }
    HttpSession sitzung = anfrage.getSession(false);
    Object akteur = sitzung == null ? null : sitzung.getAttribute(Sitzung.ATTRIBUT_AKTEUR);
    if (akteur instanceof Akteur a) {
      // a cookie travels with cross-site requests too: changes need a request from our own pages
      if (!sicher(ctx.getMethod()) && !gleicheHerkunft(ctx)) {
        ctx.abortWith(
            Probleme.antwort(
                403,
                "fremde-herkunft",
                "Kein Zugriff",
                "Anfragen von fremden Seiten werden nicht angenommen."));
        return;
      }
      Optional<Akteur> frisch = anmeldung.auffrischen(a.id());
      if (frisch.isPresent()) {
        aktuell.setzen(frisch.get());
        return;
      }
    }
    ctx.abortWith(nichtAngemeldet("Bitte melden Sie sich an (HTTP Basic oder Gerätezugang)."));
  }

  private static boolean sicher(String methode) {
    return "GET".equals(methode) || "HEAD".equals(methode) || "OPTIONS".equals(methode);
  }

  /**
   * Origin (or Referer) names the host the request went to; behind a proxy only host:port counts.
   */
  private static boolean gleicheHerkunft(ContainerRequestContext ctx) {
    String herkunft = ctx.getHeaderString("Origin");
    if (herkunft == null || herkunft.isBlank() || "null".equals(herkunft)) {
      herkunft = ctx.getHeaderString("Referer");
    }
    String host = ctx.getHeaderString("Host");
    if (herkunft == null || host == null) {
      return false;
    }
    try {
      java.net.URI u = java.net.URI.create(herkunft.trim());
      String autoritaet = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
      return host.equalsIgnoreCase(autoritaet);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Response nichtAngemeldet(String detail) {
    return Response.fromResponse(
            Probleme.antwort(401, "nicht-angemeldet", "Nicht angemeldet", detail))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"buergernah\", charset=\"UTF-8\"")
        .build();
  }
}
