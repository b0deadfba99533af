package de.buergernah.terminal;

import de.buergernah.terminal.server.FehlerAntwort;
import de.buergernah.terminal.server.ServerFehler;
import de.buergernah.terminal.server.ServerNichtErreichbar;
import java.net.URI;
import java.nio.file.Path;

/**
 * Turns a failed request into the German message and exit code for the person at the kiosk. The
 * server's own {@code detail} is quoted, since it says best what was wrong.
 */
final class Fehlermeldungen {

  private Fehlermeldungen() {}

  /** Submitting the application: a 400/422 refers to the application's content. */
  static AgentFehler beimEinreichen(ServerFehler f, URI server) {
    if (f instanceof FehlerAntwort a && (a.status() == 400 || a.status() == 422)) {
      return new AgentFehler(
          Ausgang.ANTRAG_UNGUELTIG, "Der Antrag wurde nicht angenommen: " + detail(a));
    }
    return allgemein(f, server);
  }

  /** An upload: 400 (empty), 413 (too large) and 415 (type) refer to the file. */
  static boolean istAbgewieseneDatei(ServerFehler f) {
    return f instanceof FehlerAntwort a
        && (a.status() == 400 || a.status() == 413 || a.status() == 415);
  }

  static AgentFehler beimHochladen(ServerFehler f, URI server, Path datei) {
    if (istAbgewieseneDatei(f)) {
      return new AgentFehler(
          Ausgang.DATEI_ABGEWIESEN,
          "Die Datei „" + datei.getFileName() + "“ wurde abgewiesen: " + detail((FehlerAntwort) f));
    }
    return allgemein(f, server);
  }

  static AgentFehler allgemein(ServerFehler f, URI server) {
    if (f instanceof ServerNichtErreichbar n) {
      return new AgentFehler(
          Ausgang.SERVER_NICHT_ERREICHBAR,
          "Der Server "
              + server
              + " ist nicht erreichbar: "
              + n.grund()
              + (n.versuche() > 1 ? " (" + n.versuche() + " Versuche)" : "")
              + ". Bitte die Netzwerkverbindung prüfen und den Befehl wiederholen;"
              + " ein Antrag wird dabei nicht doppelt angelegt.");
    }
    FehlerAntwort a = (FehlerAntwort) f;
    int s = a.status();
    if (s == 401) {
      return new AgentFehler(
          Ausgang.ZUGANG_ABGELEHNT,
          "Der Server lehnt den Gerätezugang ab: "
              + detail(a)
              + " Bitte bei der Verwaltung einen neuen Gerätezugang anfordern und "
              + AgentKonfiguration.GERAETEZUGANG
              + " setzen.");
    }
    if (s >= 300 && s < 400) {
      return new AgentFehler(
          Ausgang.KONFIGURATION_FALSCH,
          detail(a) + " Bitte " + AgentKonfiguration.SERVER + " prüfen (zum Beispiel https).");
    }
    if (s < 300) {
      return new AgentFehler(Ausgang.SERVERFEHLER, "Unerwartete Antwort des Servers: " + detail(a));
    }
    if (s >= 500) {
      return new AgentFehler(
          Ausgang.SERVERFEHLER,
          "Der Server konnte die Anfrage nicht bearbeiten (HTTP " + s + "): " + detail(a));
    }
    if (s == 400 || s == 422) {
      return new AgentFehler(
          Ausgang.ANTRAG_UNGUELTIG, "Der Server hat die Anfrage nicht angenommen: " + detail(a));
    }
    if (s == 413 || s == 415) {
      return new AgentFehler(
          Ausgang.DATEI_ABGEWIESEN, "Der Server hat die Datei abgewiesen: " + detail(a));
    }
    return new AgentFehler(
        Ausgang.ANFRAGE_ABGELEHNT,
        "Der Server hat die Anfrage abgelehnt (HTTP " + s + "): " + detail(a));
  }

  /** The server's sentence, ending with a full stop; or the status when it sent none. */
  private static String detail(FehlerAntwort a) {
    String d = a.detail().orElse("ohne Begründung (HTTP " + a.status() + ")");
    return d.endsWith(".") || d.endsWith("!") || d.endsWith("?") ? d : d + ".";
  }
}
