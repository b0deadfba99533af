package de.buergernah.kern.dokument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MedientypTest {

  @Test
  void erkenntErlaubteTypenAnIhrenBytes() {
    assertEquals(
        Optional.of(Medientyp.PDF),
        Medientyp.erkennen("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        Optional.of(Medientyp.JPEG),
        Medientyp.erkennen(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    assertEquals(
        Optional.of(Medientyp.PNG),
        Medientyp.erkennen(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
    assertEquals(Optional.of(Medientyp.TIFF), Medientyp.erkennen(new byte[] {'I', 'I', 42, 0}));
    assertEquals(Optional.of(Medientyp.TIFF), Medientyp.erkennen(new byte[] {'M', 'M', 0, 42}));
  }

  @Test
  void weistProgrammeHtmlUndLeeresAb() {
    assertTrue(Medientyp.erkennen(new byte[] {'M', 'Z', (byte) 0x90, 0}).isEmpty());
    assertTrue(Medientyp.erkennen(new byte[] {0x7F, 'E', 'L', 'F'}).isEmpty());
    assertTrue(Medientyp.erkennen("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)).isEmpty());
    assertTrue(Medientyp.erkennen(new byte[0]).isEmpty());
    assertTrue(Medientyp.erkennen(new byte[] {'%', 'P'}).isEmpty());
  }
}
