package de.buergernah.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/** UI texts in the view's language (German by default, English as second locale). */
@Named
@RequestScoped
public class Texte {

  public String get(String schluessel) {
    FacesContext fc = FacesContext.getCurrentInstance();
    return ResourceBundle.getBundle("de.buergernah.web.texte", fc.getViewRoot().getLocale())
        .getString(schluessel);
  }
}
