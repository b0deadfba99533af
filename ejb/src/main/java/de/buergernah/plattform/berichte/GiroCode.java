package de.buergernah.plattform.berichte;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import de.buergernah.kern.Bankverbindung;
import de.buergernah.kern.Iban;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A GiroCode: the EPC QR code (EPC069-12, version 002) with which a banking app fills in a SEPA
 * credit transfer. Built from the payee's account, the amount and the remittance text, which are
 * checked here so a printed code never fails at the payer's bank.
 *
 * <p>The payload has one field per line (LF): {@code BCD}, {@code 002}, {@code 1} (UTF-8), {@code
 * SCT}, BIC (may be empty), name (max. 70), IBAN, {@code EUR} amount with two decimals (0.01 to
 * 999999999.99), purpose code (empty), structured reference (empty), remittance text (max. 140);
 * nothing follows the last field. At most 331 bytes, error correction M, so the QR version stays at
 * 13 or below.
 */
public final class GiroCode {

  private static final BigDecimal MINDESTBETRAG = new BigDecimal("0.01");
  private static final BigDecimal HOECHSTBETRAG = new BigDecimal("999999999.99");
  private static final int MAX_BYTES = 331;
  private static final int RUHEZONE = 4;

  private final String nutzdaten;

  private GiroCode(String nutzdaten) {
    this.nutzdaten = nutzdaten;
  }

  /**
   * A transfer to the given account.
   *
   * @param verwendungszweck remittance text, e.g. the Vorgang number (max. 140 characters)
   * @throws IllegalArgumentException with a German message if a value is missing or out of range
   */
  public static GiroCode ueberweisung(
      Bankverbindung empfaenger, BigDecimal betrag, String verwendungszweck) {
    Objects.requireNonNull(empfaenger, "empfaenger");
    String name = einzeilig(empfaenger.kontoinhaber(), "Der Name des Empfängers", 70);
    String text = einzeilig(verwendungszweck, "Der Verwendungszweck", 140);
    String nutzdaten =
        String.join(
            "\n",
            "BCD",
            "002",
            "1",
            "SCT",
            empfaenger.bic() == null ? "" : empfaenger.bic(),
            name,
            empfaenger.iban().wert(),
            "EUR" + betrag(betrag).toPlainString(),
            "",
            "",
            text);
    if (nutzdaten.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "Name und Verwendungszweck sind zusammen zu lang für einen GiroCode.");
    }
    return new GiroCode(nutzdaten);
  }

  /** The same with the account given as name, IBAN and BIC (BIC may be null). */
  public static GiroCode ueberweisung(
      String name, String iban, String bic, BigDecimal betrag, String verwendungszweck) {
    return ueberweisung(new Bankverbindung(name, new Iban(iban), bic), betrag, verwendungszweck);
  }

  /** The text encoded in the QR code. */
  public String nutzdaten() {
    return nutzdaten;
  }

  /** The QR code as a black and white PNG with 8 pixels per module and the quiet zone. */
  public byte[] png() {
    return png(8);
  }

  /** The QR code as a black and white PNG with the given pixels per module and the quiet zone. */
  public byte[] png(int pixelJeModul) {
    if (pixelJeModul < 1) {
      throw new IllegalArgumentException("pixelJeModul muss mindestens 1 sein");
    }
    ByteMatrix module = qrCode().getMatrix();
    int seite = (module.getWidth() + 2 * RUHEZONE) * pixelJeModul;
    BufferedImage bild = new BufferedImage(seite, seite, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < seite; y++) {
      for (int x = 0; x < seite; x++) {
        int mx = x / pixelJeModul - RUHEZONE;
        int my = y / pixelJeModul - RUHEZONE;
        boolean dunkel =
            mx >= 0
                && my >= 0
                && mx < module.getWidth()
                && my < module.getHeight()
                && module.get(mx, my) == 1;
        bild.setRGB(x, y, dunkel ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(bild, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /**
   * The QR code in byte mode without an ECI header (some banking apps do not expect one): each
   * UTF-8 byte of the payload is passed as one ISO-8859-1 character, ZXing's default.
   */
  QRCode qrCode() {
    String bytes =
        new String(nutzdaten.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    try {
      return Encoder.encode(bytes, ErrorCorrectionLevel.M);
    } catch (WriterException e) {
      throw new IllegalStateException("GiroCode nicht erzeugbar", e);
    }
  }

  private static BigDecimal betrag(BigDecimal betrag) {
    if (betrag == null) {
      throw new IllegalArgumentException("Bitte geben Sie einen Betrag an.");
    }
    if (betrag.compareTo(MINDESTBETRAG) < 0 || betrag.compareTo(HOECHSTBETRAG) > 0) {
      throw new IllegalArgumentException(
          "Der Betrag eines GiroCodes muss zwischen 0,01 € und 999.999.999,99 € liegen.");
    }
    if (betrag.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("Der Betrag darf höchstens zwei Nachkommastellen haben.");
    }
    return betrag.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static String einzeilig(String wert, String was, int hoechstens) {
    if (wert == null || wert.isBlank()) {
      throw new IllegalArgumentException(was + " fehlt.");
    }
    String s = wert.strip();
    if (s.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(was + " darf keine Zeilenumbrüche enthalten.");
    }
    if (s.length() > hoechstens) {
      throw new IllegalArgumentException(
          was + " darf höchstens " + hoechstens + " Zeichen lang sein.");
    }
    return s;
  }

  @Override
  public String toString() {
    return "GiroCode[" + nutzdaten.replace('\n', '|') + "]";
  }
}
