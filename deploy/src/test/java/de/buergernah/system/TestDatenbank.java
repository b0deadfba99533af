package de.buergernah.system;

import de.buergernah.deploy.EingebettetePostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a fresh embedded PostgreSQL 17 before Arquillian boots WildFly and stops it at the end.
 * Only in the integration-test run (failsafe sets {@code test.db.port}).
 */
public class TestDatenbank implements LauncherSessionListener {

  private EingebettetePostgres db;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("test.db.port");
    if (port == null || port.isBlank()) {
      return;
    }
    try {
      Path verzeichnis = Path.of(System.getProperty("test.db.dir"));
      loeschen(verzeichnis);
      db = EingebettetePostgres.starten(verzeichnis, Integer.parseInt(port));
    } catch (Exception e) {
      throw new IllegalStateException("Test-PostgreSQL startet nicht: " + e.getMessage(), e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (db != null) {
      try {
        db.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void loeschen(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
