package de.buergernah.kern.vorgang;

import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.fehler.FachlicherFehler;
import de.buergernah.plattform.sicherheit.Akteur;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import de.buergernah.plattform.workflow.Aufgabe;
import de.buergernah.plattform.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The inbox: open tasks of the departments the current user works for, nothing else. */
@ApplicationScoped
public class PosteingangService {

  /** Decisions a clerk may hand to a process when completing a task, and their types. */
  static final Map<String, Class<?>> ENTSCHEIDUNGEN =
      Map.of("unterlagenVollstaendig", Boolean.class);

  /** Decisions a task cannot be completed without, by BPMN task id. */
  static final Map<String, Set<String>> PFLICHT =
      Map.of("Task_AntragPruefen", Set.of("unterlagenVollstaendig"));

  @Inject AktuellerAkteur aktuell;
  @Inject Workflow workflow;
  @Inject AuditService audit;

  @Transactional
  public List<Aufgabe> aufgaben() {
    Akteur a = aktuell.get();
    return workflow.offeneAufgaben(a.aufgabenGruppen());
  }

  /** One task of the user's departments (404 for any other). */
  @Transactional
  public Aufgabe aufgabe(String aufgabeId) {
    return eigeneAufgabe(aktuell.get(), aufgabeId);
  }

  /** Takes a task over; a task someone else took over is refused (409). */
  @Transactional
  public void uebernehmen(String aufgabeId) {
    Akteur a = aktuell.get();
    Aufgabe t = eigeneAufgabe(a, aufgabeId);
    nichtVonAnderen(a, t);
    workflow.zuweisen(aufgabeId, a.name());
    audit.protokollieren(
        Aktion.AENDERN, "Aufgabe", t.schluessel(), t.vorgangNummer(), "übernommen");
  }

  /** Gives an own task back to the department. */
  @Transactional
  public void zurueckgeben(String aufgabeId) {
    Akteur a = aktuell.get();
    Aufgabe t = eigeneAufgabe(a, aufgabeId);
    nichtVonAnderen(a, t);
    workflow.zuweisen(aufgabeId, null);
    audit.protokollieren(
        Aktion.AENDERN, "Aufgabe", t.schluessel(), t.vorgangNummer(), "zurückgegeben");
  }

  /**
   * Completes a task of one of the user's departments; tasks of others do not exist for them, a
   * task another clerk took over cannot be completed. Only known decisions reach the process.
   */
  @Transactional
  public void erledigen(String aufgabeId, Map<String, Object> entscheidungen) {
    Akteur a = aktuell.get();
    Aufgabe aufgabe = eigeneAufgabe(a, aufgabeId);
    nichtVonAnderen(a, aufgabe);
    Map<String, Object> variablen = new HashMap<>();
    for (Map.Entry<String, Object> e :
        (entscheidungen == null ? Map.<String, Object>of() : entscheidungen).entrySet()) {
      Class<?> typ = ENTSCHEIDUNGEN.get(e.getKey());
      if (typ == null || !typ.isInstance(e.getValue())) {
        throw FachlicherFehler.ungueltig("Unbekannte oder ungültige Angabe: " + e.getKey());
      }
      variablen.put(e.getKey(), e.getValue());
    }
    if (!variablen.keySet().containsAll(PFLICHT.getOrDefault(aufgabe.schluessel(), Set.of()))) {
      throw FachlicherFehler.ungueltig(
          "Bitte entscheiden Sie, ob die Unterlagen vollständig sind (unterlagenVollstaendig).");
    }
    workflow.erledigen(aufgabeId, variablen);
    audit.protokollieren(
        Aktion.AENDERN,
        "Aufgabe",
        aufgabe.schluessel(),
        aufgabe.vorgangNummer(),
        "erledigt " + variablen);
  }

  private Aufgabe eigeneAufgabe(Akteur a, String aufgabeId) {
    Set<String> gruppen = a.aufgabenGruppen();
    return workflow
        .aufgabe(aufgabeId)
        .filter(t -> t.gruppe() != null && gruppen.contains(t.gruppe()))
        .orElseThrow(
            () -> {
              audit.fehlschlag(
                  a.mandantId(),
                  a.name(),
                  Aktion.ZUGRIFF_VERWEIGERT,
                  "Aufgabe",
                  aufgabeId,
                  null,
                  "nicht im eigenen Posteingang");
              return FachlicherFehler.nichtGefunden(
                  "Diese Aufgabe gibt es in Ihrem Posteingang nicht.");
            });
  }

  private static void nichtVonAnderen(Akteur a, Aufgabe t) {
    if (t.bearbeiter() != null && !t.bearbeiter().equals(a.name())) {
      throw new FachlicherFehler(
          409,
          "aufgabe-vergeben",
          "Aufgabe vergeben",
          "Diese Aufgabe bearbeitet bereits " + t.bearbeiter() + ".");
    }
  }
}
