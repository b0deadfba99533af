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

  /**
   * Completes a task of one of the user's departments; tasks of others do not exist for them. Only
   * known decisions are passed to the process.
   */
  @Transactional
  public void erledigen(String aufgabeId, Map<String, Object> entscheidungen) {
    Akteur a = aktuell.get();
    Set<String> gruppen = a.aufgabenGruppen();
    Aufgabe aufgabe =
        workflow
            .aufgabe(aufgabeId)
            .filter(t -> t.gruppe() != null && gruppen.contains(t.gruppe()))
            .orElse(null);
    if (aufgabe == null) {
      audit.fehlschlag(
          a.mandantId(),
          a.name(),
          Aktion.ZUGRIFF_VERWEIGERT,
          "Aufgabe",
          aufgabeId,
          null,
          "nicht im eigenen Posteingang");
      throw FachlicherFehler.nichtGefunden("Diese Aufgabe gibt es in Ihrem Posteingang nicht.");
    }
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
}
