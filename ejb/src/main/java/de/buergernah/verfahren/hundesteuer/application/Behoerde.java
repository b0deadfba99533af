package de.buergernah.verfahren.hundesteuer.application;

/**
 * The authority a letter comes from, as printed in its head and in the legal-remedy note.
 *
 * @param mandant e.g. "Stadt Musterstadt"
 * @param dienststelle e.g. "Steueramt"
 * @param anschrift postal address, e.g. "Marktplatz 1, 01234 Musterstadt"; may be null
 */
public record Behoerde(String mandant, String dienststelle, String anschrift) {

  public Behoerde {
    if (mandant == null || mandant.isBlank()) {
      throw new IllegalArgumentException("mandant fehlt");
    }
    if (dienststelle == null || dienststelle.isBlank()) {
      throw new IllegalArgumentException("dienststelle fehlt");
    }
  }
}
