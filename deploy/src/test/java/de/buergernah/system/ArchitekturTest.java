package de.buergernah.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module directions of docs/architecture.md: agents know only api; api knows no other module;
 * ejb knows neither processes nor web nor the engine; only processes (and web's engine REST mount)
 * use org.camunda.bpm.engine.
 */
class ArchitekturTest {

  private static final Path WURZEL = Path.of("..").toAbsolutePath().normalize();

  private static JavaClasses modul(String name) {
    Path klassen = WURZEL.resolve(name).resolve("target/classes");
    if (!Files.isDirectory(klassen)) {
      throw new IllegalStateException(klassen + " fehlt: erst bauen (./mvnw verify baut alles)");
    }
    return new ClassFileImporter().importPath(klassen);
  }

  private static DescribedPredicate<JavaClass> klassenAus(JavaClasses modul, String name) {
    Set<String> namen = modul.stream().map(JavaClass::getName).collect(Collectors.toSet());
    return DescribedPredicate.describe(
        "Klassen des Moduls " + name, c -> namen.contains(basisname(c)));
  }

  /** The class name, for arrays the element's ({@code [Lx.Y;} becomes {@code x.Y}). */
  private static String basisname(JavaClass c) {
    return c.getName().replaceAll("^\\[+L", "").replaceAll(";$", "");
  }

  private static boolean eigene(JavaClass c) {
    return basisname(c).startsWith("de.buergernah.");
  }

  @Test
  void agentenKennenNurDieApi() {
    JavaClasses api = modul("api");
    for (String agent : new String[] {"terminal-agent", "koffer-agent"}) {
      JavaClasses klassen = modul(agent);
      noClasses()
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "buergernah-Klassen außerhalb von api und " + agent,
                  (JavaClass c) ->
                      eigene(c)
                          && !klassenAus(api, "api").test(c)
                          && !klassen.contain(basisname(c))))
          .because("Agenten kennen den Server nur über den gemeinsamen Vertrag")
          .check(klassen);
    }
  }

  @Test
  void apiHaengtVonKeinemAnderenModulAb() {
    JavaClasses api = modul("api");
    noClasses()
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "buergernah-Klassen außerhalb von api",
                (JavaClass c) -> eigene(c) && !api.contain(basisname(c))))
        .check(api);
  }

  @Test
  void ejbKenntWederProzesseNochWebNochDieEngine() {
    JavaClasses ejb = modul("ejb");
    noClasses()
        .should()
        .dependOnClassesThat(klassenAus(modul("processes"), "processes"))
        .check(ejb);
    noClasses().should().dependOnClassesThat(klassenAus(modul("web"), "web")).check(ejb);
    noClasses().should().dependOnClassesThat().resideInAPackage("org.camunda..").check(ejb);
  }

  @Test
  void nurDerCamundaAdapterUndDieRestEinbindungBenutzenDieEngine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("de.buergernah.web.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.camunda.bpm.engine..")
        .because("die Engine erreicht man nur über den Workflow-Port")
        .check(modul("web"));
    noClasses()
        .should()
        .dependOnClassesThat(klassenAus(modul("web"), "web"))
        .check(modul("processes"));
  }
}
