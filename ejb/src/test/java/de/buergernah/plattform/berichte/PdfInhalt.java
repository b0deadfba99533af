package de.buergernah.plattform.berichte;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What tests read from a generated PDF: text, QR codes, XMP metadata and fonts (PDFBox, ZXing). */
public final class PdfInhalt {

  /** A font used in the document. */
  public record Schrift(String name, boolean eingebettet) {}

  private final byte[] pdf;

  private PdfInhalt(byte[] pdf) {
    this.pdf = pdf;
  }

  public static PdfInhalt von(byte[] pdf) {
    return new PdfInhalt(pdf);
  }

  private PDDocument oeffnen() throws IOException {
    return Loader.loadPDF(pdf);
  }

  public int seiten() {
    try (PDDocument d = oeffnen()) {
      return d.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of all pages, every run of white space (also line breaks) as one space. */
  public String text() {
    try (PDDocument d = oeffnen()) {
      return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The XMP metadata of the document catalogue, or an empty string. */
  public String xmp() {
    try (PDDocument d = oeffnen()) {
      PDMetadata m = d.getDocumentCatalog().getMetadata();
      if (m == null) {
        return "";
      }
      try (InputStream in = m.exportXMPMetadata()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the catalogue has an output intent with an ICC profile (PDF/A needs one). */
  public boolean hatOutputIntentMitIccProfil() {
    try (PDDocument d = oeffnen()) {
      return d.getDocumentCatalog().getOutputIntents().stream()
          .anyMatch(i -> i.getCOSObject().getDictionaryObject(COSName.DEST_OUTPUT_PROFILE) != null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fonts of all pages, including those inside form XObjects. */
  public List<Schrift> schriften() {
    List<Schrift> schriften = new ArrayList<>();
    try (PDDocument d = oeffnen()) {
      for (PDPage seite : d.getPages()) {
        sammeln(seite.getResources(), schriften);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return schriften;
  }

  private static void sammeln(PDResources r, List<Schrift> schriften) throws IOException {
    if (r == null) {
      return;
    }
    for (COSName n : r.getFontNames()) {
      PDFont f = r.getFont(n);
      schriften.add(new Schrift(f.getName(), f.isEmbedded()));
    }
    for (COSName n : r.getXObjectNames()) {
      PDXObject x = r.getXObject(n);
      if (x instanceof PDFormXObject form) {
        sammeln(form.getResources(), schriften);
      }
    }
  }

  /**
   * Validates the document against PDF/A-2b with veraPDF (the PDF Association's reference
   * validator) and returns the failed checks; empty means conforming.
   */
  public List<String> pdfA2bVerstoesse() {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new java.io.ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult r = validator.validate(parser);
      return r.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + " " + a.getMessage())
          .distinct()
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF konnte das Dokument nicht prüfen", e);
    }
  }

  /** Renders the page (0-based) at 200 dpi and decodes the QR code on it. */
  public String qrCode(int seite) {
    try (PDDocument d = oeffnen()) {
      BufferedImage bild = new PDFRenderer(d).renderImageWithDPI(seite, 200);
      return new MultiFormatReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(bild))),
              Map.of(
                  DecodeHintType.POSSIBLE_FORMATS,
                  List.of(BarcodeFormat.QR_CODE),
                  DecodeHintType.TRY_HARDER,
                  Boolean.TRUE,
                  DecodeHintType.CHARACTER_SET,
                  "UTF-8"))
          .getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NotFoundException e) {
      throw new AssertionError("Kein QR-Code auf Seite " + (seite + 1), e);
    }
  }
}
