package de.buergernah.terminal;

import de.buergernah.terminal.server.ServerVerbindung;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;

/** {@code attach}: documents for an existing case, e.g. after a letter asked for them. */
final class Nachreichung {

  private final ServerVerbindung server;
  private final URI adresse;
  private final PrintStream meldungen;

  Nachreichung(ServerVerbindung server, URI adresse, PrintStream meldungen) {
    this.server = server;
    this.adresse = adresse;
    this.meldungen = meldungen;
  }

  Ausgang ausfuehren(Aufruf.Nachreichen aufruf) throws InterruptedException {
    Dateien.pruefen(aufruf.dateien());
    // compared with what the case holds: the first request also tells whether the case exists
    List<String> abgewiesen =
        new Anhaenge(server, adresse, meldungen)
            .hochladen(aufruf.vorgang(), aufruf.dateien(), true);
    if (!abgewiesen.isEmpty()) {
      abgewiesen.forEach(meldungen::println);
      return Ausgang.DATEI_ABGEWIESEN;
    }
    meldungen.println("Unterlagen zu Vorgang " + aufruf.vorgang() + " übertragen.");
    return Ausgang.ERFOLG;
  }
}
