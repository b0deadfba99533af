package de.buergernah.terminal.beleg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prints with CUPS: {@code lp -d <drucker> <datei>}. The PDF exists on disk only while lp reads it,
 * because the kiosk keeps no personal data.
 */
public final class CupsDrucker implements Belegausgabe {

  private static final long ZEITLIMIT_SEKUNDEN = 60;

  private final String drucker;
  private final List<String> lp;

  /**
   * @param lp the print command without arguments, normally {@code [lp]}
   */
  public CupsDrucker(String drucker, List<String> lp) {
    this.drucker = drucker;
    this.lp = List.copyOf(lp);
  }

  @Override
  public String ausgeben(String vorgang, byte[] pdf) throws IOException {
    Path datei = null;
    Path meldungen = null;
    try {
      datei = temporaereDatei(vorgang, ".pdf");
      // lp's messages go to a file, so a hanging lp cannot block us past the time limit
      meldungen = temporaereDatei("lp", ".txt");
      Files.write(datei, pdf);
      List<String> befehl = new ArrayList<>(lp);
      befehl.addAll(List.of("-d", drucker, datei.toString()));
      Process p;
      try {
        p =
            new ProcessBuilder(befehl)
                .redirectErrorStream(true)
                .redirectOutput(meldungen.toFile())
                .start();
      } catch (IOException e) {
        throw new IOException("das Druckprogramm " + lp.get(0) + " (CUPS) ist nicht vorhanden", e);
      }
      p.getOutputStream().close();
      if (!p.waitFor(ZEITLIMIT_SEKUNDEN, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("lp antwortet nicht");
      }
      if (p.exitValue() != 0) {
        String ausgabe = new String(Files.readAllBytes(meldungen), StandardCharsets.UTF_8);
        throw new IOException(
            "lp meldet Fehler " + p.exitValue() + ": " + ausgabe.replaceAll("\\s+", " ").strip());
      }
      return "an den Drucker " + drucker + " gesendet";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Drucken abgebrochen", e);
    } finally {
      // lp has handed the job to CUPS when it returns; the copy here is no longer needed
      for (Path f : new Path[] {datei, meldungen}) {
        if (f != null) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** Readable only by the agent's user: the receipt names the citizen. */
  private static Path temporaereDatei(String praefix, String endung) throws IOException {
    try {
      return Files.createTempFile(
          praefix + "-",
          endung,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      return Files.createTempFile(praefix + "-", endung);
    }
  }
}
