package de.buergernah.terminal.server;

import java.util.regex.Pattern;

/**
 * The form of a case number such as {@code HST-2026-000123}, as the server issues it. Checked
 * before a number goes into a URL path or a file name.
 */
public final class Vorgangsnummer {

  private static final Pattern FORM = Pattern.compile("[A-Z]{2,5}-\\d{4}-\\d{6}");

  private Vorgangsnummer() {}

  public static boolean istGueltig(String nummer) {
    return nummer != null && FORM.matcher(nummer).matches();
  }
}
