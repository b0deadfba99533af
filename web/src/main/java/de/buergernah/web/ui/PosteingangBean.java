package de.buergernah.web.ui;

import de.buergernah.kern.vorgang.PosteingangService;
import de.buergernah.plattform.fehler.FachlicherFehler;
import de.buergernah.plattform.workflow.Aufgabe;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The inbox page: open tasks of the user's departments, to take over, give back and open. */
@Named
@ViewScoped
public class PosteingangBean implements Serializable {

  @Inject transient PosteingangService posteingang;

  private List<Aufgabe> aufgaben;

  @PostConstruct
  void laden() {
    aufgaben = posteingang.aufgaben();
  }

  public void uebernehmen(String id) {
    ausfuehren(() -> posteingang.uebernehmen(id));
  }

  public void zurueckgeben(String id) {
    ausfuehren(() -> posteingang.zurueckgeben(id));
  }

  private void ausfuehren(Runnable r) {
    try {
      r.run();
    } catch (FachlicherFehler e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    laden();
  }

  public List<Aufgabe> getAufgaben() {
    return aufgaben;
  }

  public int getAnzahl() {
    return aufgaben.size();
  }
}
