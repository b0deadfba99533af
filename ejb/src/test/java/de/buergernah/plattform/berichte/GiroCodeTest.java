package de.buergernah.plattform.berichte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class GiroCodeTest {

  static final String IBAN = "DE02120300000000202051";

  static GiroCode code(String betrag) {
    return GiroCode.ueberweisung(
        "Stadtkasse Musterstadt", IBAN, "BYLADEM1001", new BigDecimal(betrag), "HST-2026-000042");
  }

  @Test
  void nutzdatenNachEpc069Version002() {
    assertEquals(
        "BCD\n002\n1\nSCT\nBYLADEM1001\nStadtkasse Musterstadt\nDE02120300000000202051\n"
            + "EUR54.00\n\n\nHST-2026-000042",
        code("54").nutzdaten());
  }

  @Test
  void ohneBicBleibtDieZeileLeerUndIbanWirdNormalisiert() {
    GiroCode c =
        GiroCode.ueberweisung(
            "Gemeindekasse Nachbarstadt",
            "de02 1005 0000 0054 5404 02",
            null,
            new BigDecimal("1234.5"),
            "Hundesteuer HST-2026-000001");
    assertEquals(
        "BCD\n002\n1\nSCT\n\nGemeindekasse Nachbarstadt\nDE02100500000054540402\n"
            + "EUR1234.50\n\n\nHundesteuer HST-2026-000001",
        c.nutzdaten());
  }

  @Test
  void betragsgrenzen() {
    assertTrue(code("0.01").nutzdaten().contains("\nEUR0.01\n"));
    assertTrue(code("999999999.99").nutzdaten().contains("\nEUR999999999.99\n"));
    assertThrows(IllegalArgumentException.class, () -> code("0"));
    assertThrows(IllegalArgumentException.class, () -> code("0.00"));
    assertThrows(IllegalArgumentException.class, () -> code("-5"));
    assertThrows(IllegalArgumentException.class, () -> code("1000000000.00"));
    assertThrows(IllegalArgumentException.class, () -> code("12.345"));
    assertThrows(
        IllegalArgumentException.class,
        () -> GiroCode.ueberweisung("Kasse", IBAN, null, null, "HST-2026-000042"));
  }

  @Test
  void falscheIbanWirdAbgelehnt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GiroCode.ueberweisung(
                    "Kasse", "DE03120300000000202051", null, BigDecimal.TEN, "HST-2026-000042"));
    assertTrue(e.getMessage().contains("IBAN"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> GiroCode.ueberweisung("Kasse", "DE0212030000000020205", null, BigDecimal.TEN, "x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> GiroCode.ueberweisung("Kasse", "keine IBAN", null, BigDecimal.TEN, "x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> GiroCode.ueberweisung("Kasse", IBAN, "BYLA", BigDecimal.TEN, "x"));
  }

  @Test
  void textfelderWerdenGeprueft() {
    assertThrows(
        IllegalArgumentException.class,
        () -> GiroCode.ueberweisung("x".repeat(71), IBAN, null, BigDecimal.TEN, "HST"));
    assertThrows(
        IllegalArgumentException.class,
        () -> GiroCode.ueberweisung("Kasse", IBAN, null, BigDecimal.TEN, "y".repeat(141)));
    assertThrows(
        IllegalArgumentException.class,
        () -> GiroCode.ueberweisung("Kasse", IBAN, null, BigDecimal.TEN, " "));
    assertThrows(
        IllegalArgumentException.class,
        () -> GiroCode.ueberweisung("Kasse", IBAN, null, BigDecimal.TEN, "HST\nBCD"));
    // 70 + 140 characters are allowed by field, but not beyond 331 bytes in total
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GiroCode.ueberweisung(
                "Ä".repeat(70), IBAN, "BYLADEM1001", BigDecimal.TEN, "Ü".repeat(140)));
  }

  @Test
  void pngEnthaeltDieNutzdatenAlsQrCodeMitFehlerkorrekturM() throws Exception {
    GiroCode c =
        GiroCode.ueberweisung(
            "Stadtkasse Mühlbach", IBAN, null, new BigDecimal("27.00"), "Hundesteuer für Bello");
    Result r = lesen(c.png());
    assertEquals(c.nutzdaten(), r.getText());
    assertEquals("M", r.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
  }

  @Test
  void grosseNutzdatenBleibenBeiVersion13() {
    GiroCode c =
        GiroCode.ueberweisung(
            "K".repeat(70), IBAN, "BYLADEM1001", new BigDecimal("999999999.99"), "V".repeat(140));
    assertTrue(c.qrCode().getVersion().getVersionNumber() <= 13);
  }

  private static Result lesen(byte[] png) throws IOException, Exception {
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png))))),
            Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.PURE_BARCODE, true));
  }
}
