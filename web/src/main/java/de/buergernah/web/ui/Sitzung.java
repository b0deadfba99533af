package de.buergernah.web.ui;

import de.buergernah.kern.Rolle;
import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.sicherheit.Akteur;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The logged-in user as the pages see it. The principal itself lives in the HTTP session under
 * {@link #ATTRIBUT_AKTEUR} and is re-read from the database on every request by {@link
 * SeitenSchutz}.
 */
@Named
@RequestScoped
public class Sitzung {

  public static final String ATTRIBUT_AKTEUR = "buergernah.akteur";

  @Inject AktuellerAkteur aktuell;
  @Inject AuditService audit;

  public boolean isAngemeldet() {
    return aktuell.optional().isPresent();
  }

  public String getAnzeigename() {
    return aktuell.optional().map(Akteur::anzeigename).orElse("");
  }

  public String getBenutzername() {
    return aktuell.optional().map(Akteur::name).orElse("");
  }

  public String getMandant() {
    return aktuell.optional().map(Akteur::mandant).orElse("");
  }

  public boolean hatRolle(String rolle) {
    return aktuell.optional().map(a -> a.hatRolle(Rolle.valueOf(rolle))).orElse(false);
  }

  public void abmelden() throws IOException {
    if (isAngemeldet()) {
      audit.protokollieren(Aktion.ABMELDUNG, null, null, null, null);
    }
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    ext.invalidateSession();
    ext.redirect(ext.getRequestContextPath() + "/login.xhtml?abgemeldet=true");
  }
}
