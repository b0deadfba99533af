package de.buergernah.plattform.berichte;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.Resource;

/**
 * Fills a report compiled at build time (a {@code .jasper} on the classpath, see {@code
 * ejb/src/build/java/BerichtsvorlagenKompilieren.java}) and exports it as PDF/A-2b.
 *
 * <p>Every report is filled with the German locale and the zone Europe/Berlin, so patterns such as
 * {@code #,##0.00 ¤} print {@code 1.234,50 €}. Templates must use the embedded DejaVu fonts; other
 * fonts are not embedded and the PDF/A export fails. The output is returned as bytes: a failed
 * export throws and never leaves a half-written file behind.
 */
@ApplicationScoped
public class Berichtsdrucker {

  /** Location under which {@link IccProfil} serves the JDK's sRGB profile to the exporter. */
  private static final String SRGB = "buergernah:sRGB.icc";

  private static final Locale DEUTSCH = Locale.GERMANY;
  private static final TimeZone BERLIN = TimeZone.getTimeZone("Europe/Berlin");

  private final SimpleJasperReportsContext kontext;
  private final Map<String, JasperReport> vorlagen = new ConcurrentHashMap<>();

  public Berichtsdrucker() {
    kontext = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    kontext.setExtensions(RepositoryService.class, List.of(new IccProfil()));
  }

  /**
   * Fills the report and exports it.
   *
   * @param vorlage classpath location of the compiled report without {@code .jasper}, e.g. {@code
   *     verfahren/hundesteuer/berichte/Steuerbescheid}
   * @param titel document title in the PDF metadata (shown by viewers instead of the file name)
   * @param autor author in the PDF metadata, usually the Mandant
   * @param parameter report parameters by name; values are plain Java values (String, BigDecimal,
   *     LocalDate, PNG bytes for images, lists of maps for list components), null values allowed
   * @param zeilen the rows of the detail band, one map of field values per row; null or empty
   *     prints the report once without rows
   * @return the PDF/A-2b document
   * @throws IllegalStateException if the report is missing or cannot be filled or exported
   */
  public byte[] pdf(
      String vorlage,
      String titel,
      String autor,
      Map<String, ?> parameter,
      List<? extends Map<String, ?>> zeilen) {
    Objects.requireNonNull(vorlage, "vorlage");
    Map<String, Object> werte = new HashMap<>(parameter == null ? Map.of() : parameter);
    werte.put(JRParameter.REPORT_LOCALE, DEUTSCH);
    werte.put(JRParameter.REPORT_TIME_ZONE, BERLIN);
    try {
      JasperPrint druck =
          JasperFillManager.getInstance(kontext).fill(bericht(vorlage), werte, datenquelle(zeilen));
      ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
      JRPdfExporter exporter = new JRPdfExporter(kontext);
      exporter.setExporterInput(new SimpleExporterInput(druck));
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
      exporter.setConfiguration(konfiguration(titel, autor));
      exporter.exportReport();
      return pdf.toByteArray();
    } catch (JRException | RuntimeException e) {
      throw new IllegalStateException(
          "Der Bericht " + vorlage + " konnte nicht erzeugt werden: " + e.getMessage(), e);
    }
  }

  private static SimplePdfExporterConfiguration konfiguration(String titel, String autor) {
    SimplePdfExporterConfiguration c = new SimplePdfExporterConfiguration();
    c.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
    c.setIccProfilePath(SRGB);
    c.setMetadataTitle(titel);
    c.setDisplayMetadataTitle(true);
    c.setMetadataAuthor(autor);
    c.setMetadataCreator("buergernah");
    return c;
  }

  @SuppressWarnings("unchecked")
  private static JRDataSource datenquelle(List<? extends Map<String, ?>> zeilen) {
    if (zeilen == null || zeilen.isEmpty()) {
      return new JREmptyDataSource(1);
    }
    return new JRMapCollectionDataSource((Collection<Map<String, ?>>) new ArrayList<>(zeilen));
  }

  private JasperReport bericht(String vorlage) {
    return vorlagen.computeIfAbsent(vorlage, this::laden);
  }

  private JasperReport laden(String vorlage) {
    String pfad = vorlage + ".jasper";
    try (InputStream in = Berichtsdrucker.class.getClassLoader().getResourceAsStream(pfad)) {
      if (in == null) {
        throw new IllegalStateException(
            "Berichtsvorlage " + pfad + " fehlt (wird beim Bauen aus der .jrxml übersetzt)");
      }
      return (JasperReport) JRLoader.loadObject(kontext, in);
    } catch (IOException | JRException e) {
      throw new IllegalStateException("Berichtsvorlage " + pfad + " ist nicht lesbar", e);
    }
  }

  /**
   * Serves the JDK's sRGB profile, which PDF/A needs as output intent, without a file on disk: the
   * exporter reads the profile through Jasper's repository.
   */
  private static final class IccProfil implements RepositoryService {

    private static final byte[] DATEN = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    @Override
    public Resource getResource(String uri) {
      return getResource(uri, InputStreamResource.class);
    }

    @Override
    public void saveResource(String uri, Resource resource) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <K extends Resource> K getResource(String uri, Class<K> typ) {
      if (!SRGB.equals(uri) || !typ.isAssignableFrom(InputStreamResource.class)) {
        return null;
      }
      InputStreamResource r = new InputStreamResource();
      r.setInputStream(new ByteArrayInputStream(DATEN));
      return typ.cast(r);
    }
  }
}
