package de.buergernah.plattform.workflow.camunda;

import de.buergernah.kern.vorgang.VorgangService;
import de.buergernah.plattform.workflow.Aufgabe;
import de.buergernah.plattform.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** The workflow port implemented with the embedded Camunda 7 engine. */
@ApplicationScoped
public class CamundaWorkflow implements Workflow {

  @Inject ProzessEngineStart start;

  @Override
  public String starten(
      String prozessSchluessel, String businessKey, Map<String, Object> variablen) {
    return engine()
        .getRuntimeService()
        .startProcessInstanceByKey(prozessSchluessel, businessKey, variablen)
        .getProcessInstanceId();
  }

  @Override
  public List<Aufgabe> offeneAufgaben(Collection<String> gruppen) {
    if (gruppen.isEmpty()) {
      return List.of();
    }
    return engine()
        .getTaskService()
        .createTaskQuery()
        .taskCandidateGroupIn(List.copyOf(gruppen))
        .includeAssignedTasks()
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .map(this::aufgabe)
        .toList();
  }

  @Override
  public Optional<Aufgabe> aufgabe(String aufgabeId) {
    return Optional.ofNullable(
            engine().getTaskService().createTaskQuery().taskId(aufgabeId).singleResult())
        .map(this::aufgabe);
  }

  @Override
  public void zuweisen(String aufgabeId, String benutzer) {
    engine().getTaskService().setAssignee(aufgabeId, benutzer);
  }

  @Override
  public void erledigen(String aufgabeId, Map<String, Object> variablen) {
    engine().getTaskService().complete(aufgabeId, variablen);
  }

  @Override
  public void nachricht(String nachricht, long vorgangId) {
    engine()
        .getRuntimeService()
        .createMessageCorrelation(nachricht)
        .processInstanceVariableEquals(VorgangService.VAR_VORGANG_ID, vorgangId)
        .correlateAll();
  }

  @Override
  public boolean betriebsbereit() {
    try {
      ProcessEngine e = engine();
      e.getManagementService().getProperties();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private Aufgabe aufgabe(Task t) {
    String businessKey =
        engine()
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(t.getProcessInstanceId())
            .singleResult()
            .getBusinessKey();
    String gruppe =
        engine().getTaskService().getIdentityLinksForTask(t.getId()).stream()
            .map(l -> l.getGroupId())
            .filter(g -> g != null)
            .findFirst()
            .orElse(null);
    return new Aufgabe(
        t.getId(),
        t.getName(),
        businessKey,
        gruppe,
        t.getCreateTime().toInstant(),
        t.getTaskDefinitionKey(),
        t.getAssignee());
  }

  private ProcessEngine engine() {
    ProcessEngine e = start.engine();
    if (e == null) {
      throw new IllegalStateException("Prozess-Engine nicht gestartet");
    }
    return e;
  }
}
