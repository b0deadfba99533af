package de.buergernah.terminal;

import de.buergernah.terminal.server.Vorgangsnummer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the command line asks for; everything a person can get wrong is reported here. */
sealed interface Aufruf {

  String BENUTZUNG =
      """
      Aufruf:
        terminal-agent submit <antrag.json> [anhang.pdf|.jpg|.png …] [--idempotency-key SCHLÜSSEL]
            reicht eine Hundeanmeldung mit Anhängen ein, gibt die Vorgangsnummer aus und
            druckt oder speichert die Eingangsbestätigung
        terminal-agent attach <vorgangsnummer> <datei> [datei …]
            reicht Unterlagen zu einem bestehenden Vorgang nach
        terminal-agent help
      Umgebung: BUERGERNAH_SERVER, BUERGERNAH_GERAETEZUGANG, BUERGERNAH_DRUCKER (optional),
                BUERGERNAH_ABLAGE (Standard: ./ablage)""";

  /**
   * {@code submit}.
   *
   * @param idempotenzSchluessel null: derived from the application file
   */
  record Einreichen(Path antrag, List<Path> anhaenge, String idempotenzSchluessel)
      implements Aufruf {}

  /** {@code attach}. */
  record Nachreichen(String vorgang, List<Path> dateien) implements Aufruf {}

  /** {@code help}. */
  record Hilfe() implements Aufruf {}

  static Aufruf lesen(List<String> argumente) {
    if (argumente.isEmpty()) {
      throw falsch("Es fehlt der Befehl (submit oder attach).");
    }
    List<String> rest = argumente.subList(1, argumente.size());
    return switch (argumente.get(0)) {
      case "submit" -> einreichen(rest);
      case "attach" -> nachreichen(rest);
      case "help", "hilfe", "--help", "-h" -> new Hilfe();
      default -> throw falsch("Unbekannter Befehl „" + argumente.get(0) + "“.");
    };
  }

  private static Einreichen einreichen(List<String> argumente) {
    String schluessel = null;
    List<Path> dateien = new ArrayList<>();
    boolean nurNochDateien = false;
    for (int i = 0; i < argumente.size(); i++) {
      String a = argumente.get(i);
      if (nurNochDateien) {
        dateien.add(pfad(a));
      } else if (a.equals("--")) {
        nurNochDateien = true;
      } else if (a.equals("--idempotency-key") || a.startsWith("--idempotency-key=")) {
        if (schluessel != null) {
          throw falsch("--idempotency-key ist doppelt angegeben.");
        }
        if (a.contains("=")) {
          schluessel = a.substring(a.indexOf('=') + 1);
        } else if (i + 1 < argumente.size()) {
          schluessel = argumente.get(++i);
        } else {
          throw falsch("Nach --idempotency-key fehlt der Schlüssel.");
        }
        // the server takes 1 to 100 characters; it travels in an HTTP header
        if (!schluessel.matches("[\\x21-\\x7e]{1,100}")) {
          throw falsch(
              "Der Idempotency-Key muss 1 bis 100 Zeichen lang sein, ohne Leer- und Sonderzeichen"
                  + " außerhalb von ASCII.");
        }
      } else if (a.startsWith("-") && a.length() > 1) {
        throw falsch("Unbekannte Option „" + a + "“.");
      } else {
        dateien.add(pfad(a));
      }
    }
    if (dateien.isEmpty()) {
      throw falsch("submit braucht die Antragsdatei (JSON).");
    }
    return new Einreichen(
        dateien.get(0), List.copyOf(dateien.subList(1, dateien.size())), schluessel);
  }

  private static Nachreichen nachreichen(List<String> argumente) {
    if (argumente.size() < 2) {
      throw falsch("attach braucht die Vorgangsnummer und mindestens eine Datei.");
    }
    String vorgang = argumente.get(0);
    if (!Vorgangsnummer.istGueltig(vorgang)) {
      throw falsch("„" + vorgang + "“ ist keine Vorgangsnummer (Form wie HST-2026-000123).");
    }
    List<Path> dateien = new ArrayList<>();
    for (String a : argumente.subList(1, argumente.size())) {
      dateien.add(pfad(a));
    }
    return new Nachreichen(vorgang, List.copyOf(dateien));
  }

  private static Path pfad(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw falsch("„" + argument + "“ ist kein gültiger Dateiname.");
    }
  }

  private static AgentFehler falsch(String meldung) {
    return new AgentFehler(Ausgang.AUFRUF_FALSCH, meldung);
  }
}
