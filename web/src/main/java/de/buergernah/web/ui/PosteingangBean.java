package de.buergernah.web.ui;

import de.buergernah.kern.vorgang.PosteingangService;
import de.buergernah.plattform.workflow.Aufgabe;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The inbox page: open tasks of the user's departments. */
@Named
@ViewScoped
public class PosteingangBean implements Serializable {

  @Inject transient PosteingangService posteingang;

  private List<Aufgabe> aufgaben;

  @PostConstruct
  void laden() {
    aufgaben = posteingang.aufgaben();
  }

  public List<Aufgabe> getAufgaben() {
    return aufgaben;
  }
}
