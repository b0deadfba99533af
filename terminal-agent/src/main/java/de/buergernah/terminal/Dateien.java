package de.buergernah.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Local files named on the command line: checked all before the first request, then read. */
final class Dateien {

  private Dateien() {}

  /**
   * Every file must be there before anything is sent, so a typo in the last attachment does not
   * leave a case without its documents.
   */
  static void pruefen(List<Path> dateien) {
    for (Path d : dateien) {
      if (!Files.exists(d)) {
        throw new AgentFehler(Ausgang.DATEI_FEHLT, "Die Datei " + d + " gibt es nicht.");
      }
      if (!Files.isRegularFile(d)) {
        throw new AgentFehler(Ausgang.DATEI_FEHLT, d + " ist keine Datei.");
      }
      if (!Files.isReadable(d)) {
        throw new AgentFehler(Ausgang.DATEI_FEHLT, "Die Datei " + d + " ist nicht lesbar.");
      }
    }
  }

  static byte[] lesen(Path datei) {
    try {
      return Files.readAllBytes(datei);
    } catch (IOException e) {
      throw new AgentFehler(
          Ausgang.DATEI_FEHLT,
          "Die Datei "
              + datei
              + " konnte nicht gelesen werden ("
              + e.getClass().getSimpleName()
              + ").");
    }
  }

  static String sha256(byte[] inhalt) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhalt));
    } catch (NoSuchAlgorithmException e) {
      // every Java runtime has SHA-256
      throw new IllegalStateException(e);
    }
  }
}
