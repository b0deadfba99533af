package de.buergernah.plattform.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The project's own port to the process engine. */
public interface Workflow {

  /**
   * Starts the latest version of a process in the caller's transaction.
   *
   * @param businessKey the Vorgang number, which links case and process instance
   * @param variablen ids and small flags only; never documents or entities
   * @return the process instance id
   */
  String starten(String prozessSchluessel, String businessKey, Map<String, Object> variablen);

  /** Open user tasks of the given candidate groups ({@code <mandant>:<fachbereich>}). */
  List<Aufgabe> offeneAufgaben(Collection<String> gruppen);

  /** One open user task, or empty when there is none with this id. */
  java.util.Optional<Aufgabe> aufgabe(String aufgabeId);

  /** Sets the user who works on a task (null: back to the group). */
  void zuweisen(String aufgabeId, String benutzer);

  /** Completes a user task with the given variables (small values only). */
  void erledigen(String aufgabeId, Map<String, Object> variablen);

  /**
   * Delivers a message to the process instances of a case that wait for it (none waiting: nothing
   * happens).
   */
  void nachricht(String nachricht, long vorgangId);

  /** True when the engine is up and reaches its database. */
  boolean betriebsbereit();
}
