package de.buergernah.terminal.beleg;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Saves receipts as {@code <ordner>/<nummer>-eingangsbestaetigung.pdf}. */
public final class Ablage implements Belegausgabe {

  private final Path ordner;

  public Ablage(Path ordner) {
    this.ordner = ordner;
  }

  public static Path datei(Path ordner, String vorgang) {
    return ordner.resolve(vorgang + "-eingangsbestaetigung.pdf");
  }

  @Override
  public String ausgeben(String vorgang, byte[] pdf) throws IOException {
    Path ziel = datei(ordner, vorgang);
    try {
      Files.createDirectories(ordner);
      // written beside the target and moved, so a reader never sees half a PDF
      Path teil = Files.createTempFile(ordner, "." + vorgang + "-", ".teil");
      try {
        Files.write(teil, pdf);
        verschieben(teil, ziel);
      } finally {
        Files.deleteIfExists(teil);
      }
    } catch (IOException e) {
      throw new IOException(
          "Speichern in der Ablage "
              + ordner.toAbsolutePath()
              + " fehlgeschlagen ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    }
    return "gespeichert unter " + ziel;
  }

  private static void verschieben(Path von, Path nach) throws IOException {
    try {
      Files.move(von, nach, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(von, nach, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
