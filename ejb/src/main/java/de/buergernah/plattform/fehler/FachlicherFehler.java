package de.buergernah.plattform.fehler;

import jakarta.ejb.ApplicationException;

/**
 * An error with a message for the user (German) and the HTTP status that fits it. The transaction
 * rolls back, so nothing is half-written. The message never contains personal data.
 */
@ApplicationException(rollback = true)
public class FachlicherFehler extends RuntimeException {

  private final int status;
  private final String art;
  private final String titel;

  public FachlicherFehler(int status, String art, String titel, String detail) {
    super(detail);
    this.status = status;
    this.art = art;
    this.titel = titel;
  }

  public static FachlicherFehler nichtAngemeldet() {
    return new FachlicherFehler(
        401, "nicht-angemeldet", "Nicht angemeldet", "Bitte melden Sie sich an.");
  }

  public static FachlicherFehler keinZugriff(String detail) {
    return new FachlicherFehler(403, "kein-zugriff", "Kein Zugriff", detail);
  }

  public static FachlicherFehler nichtGefunden(String detail) {
    return new FachlicherFehler(404, "nicht-gefunden", "Nicht gefunden", detail);
  }

  public static FachlicherFehler ungueltig(String detail) {
    return new FachlicherFehler(400, "ungueltige-eingabe", "Ungültige Eingabe", detail);
  }

  public int getStatus() {
    return status;
  }

  public String getArt() {
    return art;
  }

  public String getTitel() {
    return titel;
  }
}
