package de.buergernah.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The UI language of this session: German unless the user switches to English. */
@Named
@SessionScoped
public class Sprache implements Serializable {

  private Locale locale = Locale.GERMAN;

  public Locale getLocale() {
    return locale;
  }

  public String getKuerzel() {
    return locale.getLanguage();
  }

  public void wechseln(String sprache) {
    locale = "en".equals(sprache) ? Locale.ENGLISH : Locale.GERMAN;
  }
}
