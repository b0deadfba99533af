package de.buergernah.kern.vorgang;

import de.buergernah.plattform.sicherheit.Akteur;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import de.buergernah.plattform.workflow.Aufgabe;
import de.buergernah.plattform.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The inbox: open tasks of the departments the current user works for, nothing else. */
@ApplicationScoped
public class PosteingangService {

  @Inject AktuellerAkteur aktuell;
  @Inject Workflow workflow;

  @Transactional
  public List<Aufgabe> aufgaben() {
    Akteur a = aktuell.get();
    return workflow.offeneAufgaben(a.aufgabenGruppen());
  }
}
