package de.buergernah.terminal.server;

/** A request that did not succeed; the commands decide what it means for the user. */
public abstract sealed class ServerFehler extends Exception
    permits ServerNichtErreichbar, FehlerAntwort {

  ServerFehler(String meldung, Throwable ursache) {
    // no stack trace: these are expected outcomes and are never printed as a trace
    super(meldung, ursache, false, false);
  }
}
