package de.buergernah.plattform.sicherheit;

import de.buergernah.kern.Rolle;
import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.fehler.FachlicherFehler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Role checks of the services: a refusal is audited and answered with 403 and a German reason. */
@ApplicationScoped
public class Berechtigung {

  @Inject AktuellerAkteur aktuell;
  @Inject AuditService audit;

  /** The current principal, if it has the role; else the refusal is recorded and thrown. */
  public Akteur mitRolle(Rolle rolle, String objekt, String meldung) {
    Akteur a = aktuell.get();
    if (!a.hatRolle(rolle)) {
      audit.fehlschlag(
          a.mandantId(),
          a.name(),
          Aktion.ZUGRIFF_VERWEIGERT,
          objekt,
          null,
          null,
          rolle + " erforderlich");
      throw FachlicherFehler.keinZugriff(meldung);
    }
    return a;
  }
}
