import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JRJdk13Compiler;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Build step of the ejb module (exec-maven-plugin, phase process-classes): compiles every {@code
 * .jrxml} below the source folder into a {@code .jasper} at the same relative path below the output
 * folder, so the application only loads compiled reports (compiling takes about a second each).
 *
 * <p>Run as a single-file program in its own JVM: {@code java -cp <compile classpath>
 * BerichtsvorlagenKompilieren.java <src/main/resources> <target/classes> <release>}. Jasper
 * compiles report expressions with javac against {@code java.class.path}, which inside Maven's JVM
 * would be Maven's own classpath. The expressions are compiled for the project's Java release, so a
 * build on a newer JDK still yields reports that run on Java 17.
 */
public class BerichtsvorlagenKompilieren {

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println(
          "Aufruf: BerichtsvorlagenKompilieren <Quellordner> <Zielordner> <Release>");
      System.exit(2);
    }
    Path quelle = Path.of(args[0]);
    Path ziel = Path.of(args[1]);
    JasperReportsContext kontext = DefaultJasperReportsContext.getInstance();
    ReleaseCompiler compiler = new ReleaseCompiler(kontext, args[2]);
    List<Path> vorlagen;
    try (Stream<Path> dateien = Files.walk(quelle)) {
      vorlagen = dateien.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    int uebersetzt = 0;
    for (Path vorlage : vorlagen) {
      String relativ = quelle.relativize(vorlage).toString();
      Path jasper =
          ziel.resolve(relativ.substring(0, relativ.length() - ".jrxml".length()) + ".jasper");
      if (Files.exists(jasper)
          && Files.getLastModifiedTime(jasper).compareTo(Files.getLastModifiedTime(vorlage)) > 0) {
        continue;
      }
      Files.createDirectories(jasper.getParent());
      // write a temporary file first: a failed compilation leaves no stale report behind
      Path tmp = Files.createTempFile(jasper.getParent(), jasper.getFileName().toString(), ".tmp");
      try {
        JasperReport bericht = compiler.compileReport(JRXmlLoader.load(kontext, vorlage.toFile()));
        JRSaver.saveObject(bericht, tmp.toFile());
        Files.move(tmp, jasper, StandardCopyOption.REPLACE_EXISTING);
        uebersetzt++;
      } catch (JRException | RuntimeException e) {
        Files.deleteIfExists(tmp);
        Files.deleteIfExists(jasper);
        System.err.println("Berichtsvorlage " + relativ + " ist fehlerhaft: " + e.getMessage());
        System.exit(1);
      }
    }
    System.out.println(
        "Berichtsvorlagen: "
            + uebersetzt
            + " übersetzt, "
            + (vorlagen.size() - uebersetzt)
            + " aktuell (Java "
            + args[2]
            + ")");
  }

  /**
   * Jasper's javac-based compiler with {@code --release}. The report records Jasper's own compiler
   * class, which loads the expression classes at fill time, so this class is not needed at run
   * time.
   */
  static final class ReleaseCompiler extends JRJdk13Compiler {

    private final String release;

    ReleaseCompiler(JasperReportsContext kontext, String release) {
      super(kontext);
      this.release = release;
    }

    @Override
    protected String getCompilerClass() {
      return JRJdk13Compiler.class.getName();
    }

    @Override
    public String compileClasses(File[] quellen, String classpath) {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      List<String> argumente =
          new ArrayList<>(List.of("--release", release, "-encoding", "UTF-8", "-nowarn"));
      argumente.add("-classpath");
      argumente.add(classpath);
      for (File f : quellen) {
        argumente.add(f.getPath());
      }
      ByteArrayOutputStream meldungen = new ByteArrayOutputStream();
      int ergebnis = javac.run(null, meldungen, meldungen, argumente.toArray(String[]::new));
      return ergebnis == 0 ? null : meldungen.toString(StandardCharsets.UTF_8);
    }
  }
}
