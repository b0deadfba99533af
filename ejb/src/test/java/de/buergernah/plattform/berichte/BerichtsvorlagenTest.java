package de.buergernah.plattform.berichte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.jasperreports.compilers.ReportExpressionEvaluationData;
import net.sf.jasperreports.engine.JRDataset;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRReportCompileData;
import net.sf.jasperreports.engine.util.JRLoader;
import org.junit.jupiter.api.Test;

/** The build compiles every template, for the Java release the server runs. */
class BerichtsvorlagenTest {

  private static final int JAVA_17 = 61;

  static List<String> vorlagen() throws Exception {
    Path klassen = Path.of(Berichtsdrucker.class.getResource("/verfahren").toURI()).getParent();
    try (Stream<Path> dateien = Files.walk(klassen)) {
      return dateien
          .filter(p -> p.toString().endsWith(".jrxml"))
          .map(p -> klassen.relativize(p).toString().replace(".jrxml", ""))
          .sorted()
          .toList();
    }
  }

  @Test
  void jedeVorlageIstFuerJava17Uebersetzt() throws Exception {
    List<String> vorlagen = vorlagen();
    assertTrue(vorlagen.contains("verfahren/hundesteuer/berichte/Steuerbescheid"), "" + vorlagen);
    int geprueft = 0;
    for (String vorlage : vorlagen) {
      JasperReport bericht;
      try (InputStream in = Berichtsdrucker.class.getResourceAsStream("/" + vorlage + ".jasper")) {
        assertTrue(in != null, vorlage + ".jasper fehlt");
        bericht = (JasperReport) JRLoader.loadObject(in);
      }
      JRReportCompileData daten =
          assertInstanceOf(JRReportCompileData.class, bericht.getCompileData());
      List<Serializable> klassen = new ArrayList<>();
      klassen.add(daten.getMainDatasetCompileData());
      for (JRDataset ds :
          bericht.getDatasets() == null ? new JRDataset[0] : bericht.getDatasets()) {
        klassen.add(daten.getDatasetCompileData(ds));
      }
      for (Serializable k : klassen) {
        if (k instanceof ReportExpressionEvaluationData d) {
          k = d.getCompileData(); // null when every expression is evaluated directly
        }
        if (k == null) {
          continue;
        }
        byte[] bytes = assertInstanceOf(byte[].class, k, vorlage);
        int hauptversion = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
        assertEquals(JAVA_17, hauptversion, vorlage + ": Ausdrücke nicht für Java 17 übersetzt");
        geprueft++;
      }
    }
    assertTrue(geprueft >= vorlagen.size(), "nur " + geprueft + " Ausdrucksklassen geprüft");
  }

  @Test
  void unbekannteVorlageGibtVerstaendlichenFehler() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new Berichtsdrucker().pdf("gibt/es/nicht", "x", "y", Map.of(), null));
    assertTrue(e.getMessage().contains("gibt/es/nicht.jasper"), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }
}
