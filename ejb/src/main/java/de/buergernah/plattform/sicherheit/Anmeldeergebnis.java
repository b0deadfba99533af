package de.buergernah.plattform.sicherheit;

/** Outcome of a login attempt; {@code akteur} is set only on success. */
public record Anmeldeergebnis(Akteur akteur, Grund grund) {

  public enum Grund {
    ERFOLG,
    FALSCHE_DATEN,
    GESPERRT
  }

  public boolean erfolgreich() {
    return grund == Grund.ERFOLG;
  }

  /**
   * German message for the login page; deliberately the same for unknown user and wrong password.
   */
  public String meldung() {
    return switch (grund) {
      case ERFOLG -> "Angemeldet.";
      case FALSCHE_DATEN -> "Benutzername oder Passwort ist falsch.";
      case GESPERRT ->
          "Das Konto ist nach mehreren Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es später erneut.";
    };
  }
}
