package de.buergernah.terminal;

import de.buergernah.api.dokument.DokumentDto;
import de.buergernah.terminal.server.ServerFehler;
import de.buergernah.terminal.server.ServerVerbindung;
import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Uploads documents to a case, each arrival waking a process that waits for documents. A refused
 * file does not stop the others; a lost connection or a refused credential does.
 */
final class Anhaenge {

  private final ServerVerbindung server;
  private final URI adresse;
  private final PrintStream meldungen;

  Anhaenge(ServerVerbindung server, URI adresse, PrintStream meldungen) {
    this.server = server;
    this.adresse = adresse;
    this.meldungen = meldungen;
  }

  /**
   * @param abgleichen first ask which documents the case already has and skip files with the same
   *     content: a repeated command then completes what is missing instead of storing twice
   * @return the messages for refused files; empty when all arrived
   */
  List<String> hochladen(String vorgang, List<Path> dateien, boolean abgleichen)
      throws InterruptedException {
    Set<String> vorhanden = new HashSet<>();
    if (abgleichen && !dateien.isEmpty()) {
      try {
        server.dokumente(vorgang).stream().map(DokumentDto::sha256).forEach(vorhanden::add);
      } catch (ServerFehler f) {
        throw Fehlermeldungen.allgemein(f, adresse);
      }
    }
    List<String> abgewiesen = new ArrayList<>();
    for (Path datei : dateien) {
      String name = "„" + datei.getFileName() + "“";
      if (abgleichen) {
        String sha256 = Dateien.sha256(Dateien.lesen(datei));
        if (!vorhanden.add(sha256)) {
          meldungen.println(name + " liegt dem Vorgang schon vor (gleicher Inhalt).");
          continue;
        }
      }
      try {
        DokumentDto d = server.hochladen(vorgang, datei);
        meldungen.println(name + " hochgeladen (" + d.medientyp() + ").");
      } catch (ServerFehler f) {
        if (!Fehlermeldungen.istAbgewieseneDatei(f)) {
          throw Fehlermeldungen.allgemein(f, adresse);
        }
        abgewiesen.add(Fehlermeldungen.beimHochladen(f, adresse, datei).getMessage());
      } catch (FileNotFoundException e) {
        throw new AgentFehler(
            Ausgang.DATEI_FEHLT, "Die Datei " + datei + " ist nicht mehr lesbar.");
      }
    }
    return abgewiesen;
  }
}
