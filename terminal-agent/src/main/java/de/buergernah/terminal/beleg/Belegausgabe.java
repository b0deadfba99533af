package de.buergernah.terminal.beleg;

import java.io.IOException;

/** Hands a receipt to the citizen: printed or filed. */
public interface Belegausgabe {

  /**
   * @param vorgang a checked case number (safe in a file name)
   * @return where it went, as the end of a German sentence ("gedruckt auf …")
   * @throws IOException with a German message when it could not be handed out
   */
  String ausgeben(String vorgang, byte[] pdf) throws IOException;
}
