package de.buergernah.plattform.sicherheit;

import de.buergernah.plattform.fehler.FachlicherFehler;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The acting principal of the current request, set once by the web layer's authentication (login
 * session, HTTP Basic or device credential). Services ask it; they never trust client input for
 * identity.
 */
@RequestScoped
public class AktuellerAkteur {

  private Akteur akteur;

  public void setzen(Akteur akteur) {
    this.akteur = akteur;
  }

  public Optional<Akteur> optional() {
    return Optional.ofNullable(akteur);
  }

  /** The principal; an unauthenticated call ends here with 401. */
  public Akteur get() {
    if (akteur == null) {
      throw FachlicherFehler.nichtAngemeldet();
    }
    return akteur;
  }
}
