package de.buergernah.terminal.server;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/** No answer from the server: connection refused, timed out, broken, or TLS failed. */
public final class ServerNichtErreichbar extends ServerFehler {

  private final int versuche;

  ServerNichtErreichbar(IOException ursache, int versuche) {
    super(grund(ursache), ursache);
    this.versuche = versuche;
  }

  public int versuche() {
    return versuche;
  }

  /** A German reason; the JDK's own message may quote addresses and is English. */
  public String grund() {
    return getMessage();
  }

  private static String grund(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "Zeitüberschreitung beim Verbindungsaufbau";
    }
    if (e instanceof HttpTimeoutException) {
      return "keine Antwort in der erwarteten Zeit";
    }
    if (e instanceof ConnectException) {
      return "Verbindung abgelehnt oder Adresse unbekannt";
    }
    for (Throwable u = e; u != null; u = u.getCause()) {
      if (u instanceof SSLException) {
        return "gesicherte Verbindung (TLS) fehlgeschlagen";
      }
    }
    return "Verbindung abgebrochen";
  }
}
