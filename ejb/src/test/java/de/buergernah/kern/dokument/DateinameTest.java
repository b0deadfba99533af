package de.buergernah.kern.dokument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateinameTest {

  @Test
  void entferntPfadeSteuerzeichenUndMarkupUndSetztDieEchteEndung() {
    assertEquals("passwd.pdf", Dateiname.bereinigen("../../etc/passwd", Medientyp.PDF));
    assertEquals(
        "Antrag _Müller_.pdf",
        Dateiname.bereinigen("C:\\temp\\Antrag <Müller>?.pdf", Medientyp.PDF));
    assertEquals("foto.png", Dateiname.bereinigen("foto.pdf", Medientyp.PNG));
    assertEquals("dokument.jpg", Dateiname.bereinigen(null, Medientyp.JPEG));
    assertEquals("dokument.tif", Dateiname.bereinigen("...", Medientyp.TIFF));
    assertEquals("a_b.pdf", Dateiname.bereinigen("a\u0000\nb.pdf", Medientyp.PDF));
    assertTrue(Dateiname.bereinigen("x".repeat(500) + ".pdf", Medientyp.PDF).length() <= 100);
  }
}
