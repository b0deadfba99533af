package de.buergernah.terminal;

import de.buergernah.terminal.beleg.Ablage;
import de.buergernah.terminal.beleg.Belegausgabe;
import de.buergernah.terminal.beleg.CupsDrucker;
import de.buergernah.terminal.server.ServerVerbindung;
import de.buergernah.terminal.server.Wiederholung;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the terminal agent ({@code bin/terminal-agent}). Results go to stdout (only the
 * case number), messages to stderr, the outcome is the {@link Ausgang exit code}.
 */
public final class TerminalAgent {

  private final Map<String, String> umgebung;
  private final PrintStream aus;
  private final PrintStream meldungen;
  private final Wiederholung wiederholung;
  private final List<String> lp;

  /**
   * @param wiederholung retry policy (tests pass one that does not sleep)
   * @param lp the print command, normally {@code [lp]}
   */
  TerminalAgent(
      Map<String, String> umgebung,
      PrintStream aus,
      PrintStream meldungen,
      Wiederholung wiederholung,
      List<String> lp) {
    this.umgebung = umgebung;
    this.aus = aus;
    this.meldungen = meldungen;
    this.wiederholung = wiederholung;
    this.lp = lp;
  }

  public static void main(String[] argumente) {
    // Java 17 prints in the platform charset, which is ASCII for a service without a locale:
    // the German messages need UTF-8
    PrintStream aus =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream fehler =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(ausfuehren(argumente, System.getenv(), aus, fehler));
  }

  /**
   * Runs one command in-process (used by {@link #main} and the system test).
   *
   * @param umgebung the environment variables to read the configuration from
   * @return the exit code
   */
  public static int ausfuehren(
      String[] argumente, Map<String, String> umgebung, PrintStream aus, PrintStream meldungen) {
    return new TerminalAgent(umgebung, aus, meldungen, Wiederholung.STANDARD, List.of("lp"))
        .ausfuehren(argumente)
        .code();
  }

  Ausgang ausfuehren(String... argumente) {
    try {
      Aufruf aufruf = Aufruf.lesen(List.of(argumente));
      if (aufruf instanceof Aufruf.Hilfe) {
        aus.println(Aufruf.BENUTZUNG);
        return Ausgang.ERFOLG;
      }
      AgentKonfiguration k = konfiguration();
      ServerVerbindung server = new ServerVerbindung(k.api(), k.geraetezugang(), wiederholung);
      if (aufruf instanceof Aufruf.Einreichen e) {
        return new Einreichung(server, k.server(), belegausgabe(k), aus, meldungen).ausfuehren(e);
      }
      return new Nachreichung(server, k.server(), meldungen)
          .ausfuehren((Aufruf.Nachreichen) aufruf);
    } catch (AgentFehler f) {
      meldungen.println(f.getMessage());
      if (f.ausgang() == Ausgang.AUFRUF_FALSCH) {
        meldungen.println(Aufruf.BENUTZUNG);
      }
      return f.ausgang();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      meldungen.println("Abgebrochen.");
      return Ausgang.UNERWARTET;
    } catch (RuntimeException e) {
      // the message could quote the citizen's data: only the class, and never a stack trace
      meldungen.println(
          "Unerwarteter Fehler im Terminal-Agenten ("
              + e.getClass().getName()
              + "). Bitte der Verwaltung melden.");
      return Ausgang.UNERWARTET;
    } finally {
      aus.flush();
      meldungen.flush();
    }
  }

  private AgentKonfiguration konfiguration() {
    try {
      return AgentKonfiguration.aus(umgebung);
    } catch (IllegalArgumentException e) {
      throw new AgentFehler(
          Ausgang.KONFIGURATION_FALSCH, "Konfiguration fehlerhaft: " + e.getMessage() + ".");
    }
  }

  private Belegausgabe belegausgabe(AgentKonfiguration k) {
    return k.drucker() != null ? new CupsDrucker(k.drucker(), lp) : new Ablage(k.ablage());
  }
}
