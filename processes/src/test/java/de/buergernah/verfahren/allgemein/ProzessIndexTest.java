package de.buergernah.verfahren.allgemein;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/** Every process file is deployed, and every process carries a history time to live. */
class ProzessIndexTest {

  private static final Path RESSOURCEN = Path.of("src/main/resources");

  @Test
  void jedeProzessdateiStehtImIndexUndHatEineHistoryTimeToLive() throws IOException {
    List<String> index =
        Files.readAllLines(RESSOURCEN.resolve("verfahren/index.txt")).stream()
            .map(String::trim)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    List<String> dateien;
    try (Stream<Path> s = Files.walk(RESSOURCEN.resolve("verfahren"))) {
      dateien =
          s.map(p -> RESSOURCEN.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.endsWith(".bpmn") || p.endsWith(".dmn"))
              .toList();
    }
    assertThat(index).containsExactlyInAnyOrderElementsOf(dateien);
    for (String bpmn : dateien.stream().filter(d -> d.endsWith(".bpmn")).toList()) {
      BpmnModelInstance modell = Bpmn.readModelFromFile(RESSOURCEN.resolve(bpmn).toFile());
      for (Process p : modell.getModelElementsByType(Process.class)) {
        assertThat(p.getCamundaHistoryTimeToLiveString()).as(bpmn + " " + p.getId()).isNotBlank();
        assertThat(p.getId()).as("sprechende ID").doesNotContainPattern("_[0-9a-z]{7}$");
      }
    }
  }
}
