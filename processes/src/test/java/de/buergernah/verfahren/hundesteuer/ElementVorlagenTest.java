package de.buergernah.verfahren.hundesteuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The element templates offer exactly the delegates that exist: every delegate a template names is
 * a {@code @Named} bean of this module, and every delegate a BPMN uses has a template.
 */
class ElementVorlagenTest {

  private static final Pattern AUSDRUCK = Pattern.compile("\\$\\{([A-Za-z]+)\\}");

  private static Set<String> finden(Path wurzel, String endung, Pattern muster) throws IOException {
    Set<String> namen = new HashSet<>();
    try (Stream<Path> s = Files.walk(wurzel)) {
      for (Path p : s.filter(x -> x.toString().endsWith(endung)).toList()) {
        Matcher m = muster.matcher(Files.readString(p));
        while (m.find()) {
          namen.add(m.group(1));
        }
      }
    }
    return namen;
  }

  @Test
  void vorlagenUndDelegatesPassenZusammen() throws IOException {
    Set<String> vorlagen = finden(Path.of("element-templates"), ".json", AUSDRUCK);
    Set<String> beans =
        finden(Path.of("src/main/java"), ".java", Pattern.compile("@Named\\(\"([A-Za-z]+)\"\\)"));
    Set<String> inBpmn =
        finden(
            Path.of("src/main/resources/verfahren"),
            ".bpmn",
            Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z]+)\\}\""));
    assertThat(vorlagen).isNotEmpty();
    assertThat(beans).containsAll(vorlagen);
    assertThat(vorlagen).containsAll(inBpmn);
  }
}
