package de.buergernah.verfahren.hundesteuer.domain;

/** Input the computation cannot accept; the message is German and free of personal data. */
public class Eingabefehler extends RuntimeException {

  public Eingabefehler(String meldung) {
    super(meldung);
  }
}
