package de.buergernah.terminal;

import de.buergernah.api.hundesteuer.Hundeanmeldung;
import de.buergernah.terminal.beleg.Belegausgabe;
import de.buergernah.terminal.server.ServerFehler;
import de.buergernah.terminal.server.ServerVerbindung;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code submit}: application, then attachments, then the receipt. Safe to run again with the same
 * file after any failure: the idempotency key brings back the same case, and attachments it already
 * holds are not sent twice.
 */
final class Einreichung {

  /** Prefix of derived keys, so the server's records show where a key came from. */
  static final String SCHLUESSEL_PRAEFIX = "sha256-";

  private final ServerVerbindung server;
  private final URI adresse;
  private final Belegausgabe beleg;
  private final PrintStream aus;
  private final PrintStream meldungen;

  Einreichung(
      ServerVerbindung server,
      URI adresse,
      Belegausgabe beleg,
      PrintStream aus,
      PrintStream meldungen) {
    this.server = server;
    this.adresse = adresse;
    this.beleg = beleg;
    this.aus = aus;
    this.meldungen = meldungen;
  }

  /**
   * The key of an application file when none is given: the same bytes give the same key, so a
   * retried run cannot open a second case. Two citizens never send byte-identical applications.
   */
  static String schluessel(byte[] antragsdatei) {
    return SCHLUESSEL_PRAEFIX + Dateien.sha256(antragsdatei);
  }

  Ausgang ausfuehren(Aufruf.Einreichen aufruf) throws InterruptedException {
    List<Path> alle = new ArrayList<>();
    alle.add(aufruf.antrag());
    alle.addAll(aufruf.anhaenge());
    Dateien.pruefen(alle);
    byte[] roh = Dateien.lesen(aufruf.antrag());
    Hundeanmeldung antrag = Antragsdatei.lesen(aufruf.antrag(), roh);
    String schluessel =
        aufruf.idempotenzSchluessel() != null ? aufruf.idempotenzSchluessel() : schluessel(roh);

    ServerVerbindung.Eingang eingang;
    try {
      eingang = server.einreichen(antrag, schluessel);
    } catch (ServerFehler f) {
      throw Fehlermeldungen.beimEinreichen(f, adresse);
    }
    String nummer = eingang.stand().vorgang();
    // stdout carries only the number, so a kiosk script can read it
    aus.println(nummer);
    aus.flush();
    meldungen.println(
        eingang.neu()
            ? "Antrag eingegangen: Vorgang " + nummer + "."
            : "Dieser Antrag ist bereits eingegangen: Vorgang "
                + nummer
                + ". Es wurde kein zweiter Vorgang angelegt.");

    List<String> abgewiesen;
    try {
      abgewiesen =
          new Anhaenge(server, adresse, meldungen)
              .hochladen(nummer, aufruf.anhaenge(), !eingang.neu());
    } catch (AgentFehler f) {
      throw new AgentFehler(
          f.ausgang(),
          "Vorgang "
              + nummer
              + " ist eingegangen, die Anhänge aber nicht vollständig. "
              + f.getMessage()
              + " Derselbe Aufruf noch einmal ergänzt die fehlenden Anhänge.");
    }
    Ausgang belegAusgang = belegAusgeben(nummer);
    if (!abgewiesen.isEmpty()) {
      abgewiesen.forEach(meldungen::println);
      meldungen.println(
          "Vorgang "
              + nummer
              + " ist eingegangen. Abgewiesene Unterlagen lassen sich nachreichen mit:"
              + " terminal-agent attach "
              + nummer
              + " <datei> …");
      return Ausgang.DATEI_ABGEWIESEN;
    }
    return belegAusgang;
  }

  /** The receipt follows the case; its absence does not undo the submission. */
  private Ausgang belegAusgeben(String nummer) throws InterruptedException {
    Optional<byte[]> pdf;
    try {
      pdf = server.eingangsbestaetigung(nummer);
    } catch (ServerFehler f) {
      meldungen.println(
          "Vorgang "
              + nummer
              + " ist eingegangen, aber die Eingangsbestätigung konnte nicht abgerufen werden. "
              + Fehlermeldungen.allgemein(f, adresse).getMessage());
      return Ausgang.BELEG_NICHT_AUSGEGEBEN;
    }
    if (pdf.isEmpty()) {
      meldungen.println(
          "Eingangsbestätigung noch nicht verfügbar. Vorgang " + nummer + " ist eingegangen.");
      return Ausgang.ERFOLG;
    }
    try {
      meldungen.println("Eingangsbestätigung " + beleg.ausgeben(nummer, pdf.get()) + ".");
      return Ausgang.ERFOLG;
    } catch (IOException e) {
      meldungen.println(
          "Vorgang "
              + nummer
              + " ist eingegangen, aber die Eingangsbestätigung konnte nicht ausgegeben werden: "
              + e.getMessage()
              + ".");
      return Ausgang.BELEG_NICHT_AUSGEGEBEN;
    }
  }
}
