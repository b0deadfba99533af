package de.buergernah.verfahren.allgemein;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VorgangAllgemeinProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @Test
  @Deployment(resources = "verfahren/allgemein/vorgang-allgemein.bpmn")
  void aufgabeLandetImPosteingangDesFachbereichsUndSchliesstDenVorgang() {
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    ProcessInstance pi =
        runtime.startProcessInstanceByKey(
            "Prozess_VorgangAllgemein",
            "ALG-2026-000001",
            Map.of("aufgabenGruppe", "musterstadt:steueramt"));

    Task aufgabe =
        tasks.createTaskQuery().taskCandidateGroup("musterstadt:steueramt").singleResult();
    assertThat(aufgabe).isNotNull();
    assertThat(aufgabe.getTaskDefinitionKey()).isEqualTo("Task_VorgangBearbeiten");
    assertThat(tasks.createTaskQuery().taskCandidateGroup("musterstadt:meldestelle").count())
        .isZero();
    assertThat(tasks.createTaskQuery().taskCandidateGroup("nachbarstadt:steueramt").count())
        .isZero();

    tasks.complete(aufgabe.getId());
    HistoryService history = engine.getHistoryService();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(pi.getId())
                .singleResult()
                .getEndActivityId())
        .isEqualTo("Ende_VorgangAbgeschlossen");
  }
}
