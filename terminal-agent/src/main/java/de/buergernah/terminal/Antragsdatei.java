package de.buergernah.terminal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import de.buergernah.api.hundesteuer.Hundeanmeldung;
import de.buergernah.terminal.server.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The application file: JSON exactly in the form of {@link Hundeanmeldung}. Read strictly, so a
 * mistake is reported here with its place in the file and nothing reaches the server. The rules
 * (which fields are required, which years and reductions exist) stay with the server.
 */
final class Antragsdatei {

  private Antragsdatei() {}

  static Hundeanmeldung lesen(Path datei, byte[] inhalt) {
    String name = "Die Antragsdatei " + datei.getFileName();
    if (new String(inhalt, StandardCharsets.UTF_8).isBlank()) {
      throw ungueltig(name + " ist leer.");
    }
    try {
      Hundeanmeldung a = Json.streng(Hundeanmeldung.class).readValue(inhalt);
      if (a == null) {
        throw ungueltig(name + " enthält keinen Antrag.");
      }
      return a;
    } catch (UnrecognizedPropertyException e) {
      throw ungueltig(
          name
              + " enthält das unbekannte Feld „"
              + e.getPropertyName()
              + "“"
              + stelle(e)
              + ". Erlaubt sind hier: "
              + e.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ".");
    } catch (InvalidFormatException e) {
      throw ungueltig(
          name
              + ": Der Wert von „"
              + feld(e)
              + "“ hat das falsche Format"
              + stelle(e)
              + " (Datumsangaben als JJJJ-MM-TT).");
    } catch (MismatchedInputException e) {
      throw ungueltig(
          name + ": Der Wert von „" + feld(e) + "“ hat den falschen Typ" + stelle(e) + ".");
    } catch (JsonProcessingException e) {
      // parse errors; Jackson's own text would quote the file's content (personal data)
      throw ungueltig(name + " ist kein gültiges JSON" + stelle(e) + ".");
    } catch (IOException e) {
      throw new AgentFehler(
          Ausgang.DATEI_FEHLT,
          name + " konnte nicht gelesen werden (" + e.getClass().getSimpleName() + ").");
    }
  }

  private static String feld(JsonMappingException e) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        s.append('[').append(r.getIndex()).append(']');
      }
    }
    return s.length() == 0 ? "(Antrag)" : s.toString();
  }

  private static String stelle(JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    return l == null || l.getLineNr() < 1
        ? ""
        : " (Zeile " + l.getLineNr() + ", Spalte " + l.getColumnNr() + ")";
  }

  private static AgentFehler ungueltig(String meldung) {
    return new AgentFehler(Ausgang.ANTRAG_UNGUELTIG, meldung);
  }
}
