package de.buergernah.web.ui;

import de.buergernah.plattform.sicherheit.AnmeldeService;
import de.buergernah.plattform.sicherheit.Anmeldeergebnis;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The login form. */
@Named
@RequestScoped
public class AnmeldungBean {

  @Inject AnmeldeService anmeldung;
  @Inject Texte texte;

  private String benutzername;
  private String passwort;

  public void anmelden() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ext = fc.getExternalContext();
    Anmeldeergebnis e = anmeldung.anmelden(benutzername, passwort, "Anmeldeseite");
    passwort = null;
    if (!e.erfolgreich()) {
      String text =
          texte.get(
              e.grund() == Anmeldeergebnis.Grund.GESPERRT
                  ? "anmeldung.gesperrt"
                  : "anmeldung.falsch");
      fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      return;
    }
    HttpServletRequest req = (HttpServletRequest) ext.getRequest();
    req.getSession(true);
    req.changeSessionId(); // no session fixation
    ext.getSessionMap().put(Sitzung.ATTRIBUT_AKTEUR, e.akteur());
    ext.redirect(ext.getRequestContextPath() + "/posteingang.xhtml");
  }

  public String getBenutzername() {
    return benutzername;
  }

  public void setBenutzername(String benutzername) {
    this.benutzername = benutzername;
  }

  public String getPasswort() {
    return passwort;
  }

  public void setPasswort(String passwort) {
    this.passwort = passwort;
  }
}
