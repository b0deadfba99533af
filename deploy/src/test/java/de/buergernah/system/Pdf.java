package de.buergernah.system;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads what a citizen sees on a generated PDF: its text and the QR code on page 1. */
final class Pdf {

  private Pdf() {}

  static String text(byte[] pdf) throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    }
  }

  static String qrCode(byte[] pdf) throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      BufferedImage seite = new PDFRenderer(d).renderImageWithDPI(0, 200);
      return new MultiFormatReader()
          .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(seite))))
          .getText();
    }
  }
}
