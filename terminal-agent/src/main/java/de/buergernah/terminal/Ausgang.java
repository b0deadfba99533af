package de.buergernah.terminal;

/**
 * The exit codes of the agent, one per situation the kiosk (or a person at the console) reacts to
 * differently. The numbers are part of the agent's contract: never renumber, only add.
 */
public enum Ausgang {
  ERFOLG(0),
  /** A fault in the agent itself; the message names only the exception class. */
  UNERWARTET(1),
  AUFRUF_FALSCH(2),
  /** BUERGERNAH_SERVER, BUERGERNAH_GERAETEZUGANG or BUERGERNAH_DRUCKER unusable. */
  KONFIGURATION_FALSCH(3),
  /** A file named on the command line does not exist or cannot be read. */
  DATEI_FEHLT(4),
  /** No connection, or it broke off, also after the retries. */
  SERVER_NICHT_ERREICHBAR(5),
  /** 401: the device credential is unknown or revoked. */
  ZUGANG_ABGELEHNT(6),
  /** 413/415 (or 400 for an empty file) on an upload. */
  DATEI_ABGEWIESEN(7),
  /** 400/422 on the application, or the application file is no valid Hundeanmeldung. */
  ANTRAG_UNGUELTIG(8),
  /** Other refusals, e.g. 403 or an unknown case (404). */
  ANFRAGE_ABGELEHNT(9),
  /** 5xx after the retries, or an answer the agent cannot read. */
  SERVERFEHLER(10),
  /** The case was received, but the receipt could not be fetched, printed or saved. */
  BELEG_NICHT_AUSGEGEBEN(11);

  private final int code;

  Ausgang(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
