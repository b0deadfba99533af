package de.buergernah.verfahren.hundesteuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per branch of "Hund anmelden"; the delegates are replaced by recorders. */
@Deployment(resources = "verfahren/hundesteuer/hund-anmelden.bpmn")
class HundAnmeldenProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final List<String> schritte = new ArrayList<>();
  private RuntimeService runtime;
  private TaskService tasks;

  @BeforeEach
  void delegatesErsetzen() {
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    Mocks.register(
        "hundesteuerFestsetzen",
        (org.camunda.bpm.engine.delegate.JavaDelegate)
            e -> {
              schritte.add("festsetzen");
              e.setVariable("jahresbetrag", "54.00");
            });
    Mocks.register(
        "unterlagenNachfordern",
        (org.camunda.bpm.engine.delegate.JavaDelegate)
            e -> {
              schritte.add("nachfordern");
              e.setVariable("nachforderungsfrist", "P14D");
            });
    Mocks.register(
        "vorgangWiederOeffnen",
        (org.camunda.bpm.engine.delegate.JavaDelegate) e -> schritte.add("wiederOeffnen"));
    Mocks.register(
        "steuerbescheidErstellen",
        (org.camunda.bpm.engine.delegate.JavaDelegate) e -> schritte.add("bescheid"));
    Mocks.register(
        "vorgangAbschliessen",
        (org.camunda.bpm.engine.delegate.JavaDelegate) e -> schritte.add("abschliessen"));
    Mocks.register(
        "vorgangZurueckziehen",
        (org.camunda.bpm.engine.delegate.JavaDelegate) e -> schritte.add("zurueckziehen"));
  }

  @AfterEach
  void aufraeumen() {
    Mocks.reset();
  }

  private ProcessInstance starten() {
    return runtime.startProcessInstanceByKey(
        "Prozess_HundAnmelden",
        "HST-2026-000001",
        Map.of("aufgabenGruppe", "musterstadt:steueramt", "vorgangId", 42L));
  }

  private Task aufgabe(String schluessel) {
    Task t = tasks.createTaskQuery().taskCandidateGroup("musterstadt:steueramt").singleResult();
    assertThat(t).isNotNull();
    assertThat(t.getTaskDefinitionKey()).isEqualTo(schluessel);
    return t;
  }

  private String ende(ProcessInstance pi) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(pi.getId())
        .singleResult()
        .getEndActivityId();
  }

  @Test
  void vollstaendigerAntragWirdFestgesetztFreigegebenUndAbgeschlossen() {
    ProcessInstance pi = starten();
    tasks.complete(aufgabe("Task_AntragPruefen").getId(), Map.of("unterlagenVollstaendig", true));
    assertThat(schritte).containsExactly("festsetzen");
    assertThat(runtime.getVariable(pi.getId(), "jahresbetrag")).isEqualTo("54.00");
    tasks.complete(aufgabe("Task_BescheidFreigeben").getId());
    assertThat(schritte).containsExactly("festsetzen", "bescheid", "abschliessen");
    assertThat(ende(pi)).isEqualTo("Ende_Festgesetzt");
  }

  @Test
  void fehlendeUnterlagenWerdenNachgefordertUndNachIhremEingangErneutGeprueft() {
    ProcessInstance pi = starten();
    tasks.complete(aufgabe("Task_AntragPruefen").getId(), Map.of("unterlagenVollstaendig", false));
    assertThat(schritte).containsExactly("nachfordern");
    assertThat(tasks.createTaskQuery().count()).isZero();

    runtime
        .createMessageCorrelation("UnterlagenEingegangen")
        .processInstanceVariableEquals("vorgangId", 42L)
        .correlateAll();
    assertThat(schritte).containsExactly("nachfordern", "wiederOeffnen");
    tasks.complete(aufgabe("Task_AntragPruefen").getId(), Map.of("unterlagenVollstaendig", true));
    tasks.complete(aufgabe("Task_BescheidFreigeben").getId());
    assertThat(ende(pi)).isEqualTo("Ende_Festgesetzt");
    assertThat(engine.getManagementService().createJobQuery().count())
        .as("die Frist ist mit dem Eingang erledigt")
        .isZero();
  }

  @Test
  void nachAblaufDerFristWirdDerAntragAlsZurueckgezogenGeschlossen() {
    ProcessInstance pi = starten();
    tasks.complete(aufgabe("Task_AntragPruefen").getId(), Map.of("unterlagenVollstaendig", false));
    ManagementService management = engine.getManagementService();
    Job frist = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(frist).isNotNull();
    long tage = (frist.getDuedate().getTime() - System.currentTimeMillis()) / 86_400_000L;
    assertThat(tage).isBetween(13L, 14L);
    management.executeJob(frist.getId());
    assertThat(schritte).containsExactly("nachfordern", "zurueckziehen");
    assertThat(ende(pi)).isEqualTo("Ende_Zurueckgezogen");
  }

  @Test
  void eineNachrichtFuerEinenAnderenVorgangWecktNichts() {
    ProcessInstance pi = starten();
    tasks.complete(aufgabe("Task_AntragPruefen").getId(), Map.of("unterlagenVollstaendig", false));
    runtime
        .createMessageCorrelation("UnterlagenEingegangen")
        .processInstanceVariableEquals("vorgangId", 43L)
        .correlateAll();
    assertThat(schritte).containsExactly("nachfordern");
    assertThat(
            runtime
                .createEventSubscriptionQuery()
                .processInstanceId(pi.getId())
                .eventType("message")
                .count())
        .isEqualTo(1);
  }
}
