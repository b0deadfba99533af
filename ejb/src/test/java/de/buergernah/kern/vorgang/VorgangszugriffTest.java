package de.buergernah.kern.vorgang;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.buergernah.api.vorgang.Kanal;
import de.buergernah.kern.Fachbereich;
import de.buergernah.kern.Mandant;
import de.buergernah.kern.Rolle;
import de.buergernah.plattform.sicherheit.Akteur;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VorgangszugriffTest {

  private static final Mandant MUSTERSTADT = new Mandant("musterstadt", "Musterstadt");
  private static final Fachbereich STEUERAMT =
      new Fachbereich(MUSTERSTADT, "steueramt", "Steueramt");

  private static Akteur mitarbeiter(Set<Rolle> rollen, String... fachbereiche) {
    return new Akteur(
        Akteur.Art.MITARBEITER, 1, "x", "X", 1, "musterstadt", rollen, Set.of(fachbereiche), null);
  }

  private static Vorgang vorgang(Kanal kanal) {
    return new Vorgang(
        MUSTERSTADT,
        Vorgangsnummer.von("ALG", 2026, 1),
        "ALLGEMEIN",
        STEUERAMT,
        kanal,
        null,
        null,
        "x",
        Instant.now());
  }

  @Test
  void sachbearbeitungNurImEigenenFachbereich() {
    assertNull(
        Vorgangszugriff.lesenVerweigert(
            mitarbeiter(EnumSet.of(Rolle.SACHBEARBEITUNG), "steueramt"),
            vorgang(Kanal.BUERGERBUERO)));
    assertNotNull(
        Vorgangszugriff.lesenVerweigert(
            mitarbeiter(EnumSet.of(Rolle.SACHBEARBEITUNG), "meldestelle"),
            vorgang(Kanal.BUERGERBUERO)));
    assertNull(
        Vorgangszugriff.anlegenVerweigert(
            mitarbeiter(EnumSet.of(Rolle.SACHBEARBEITUNG), "steueramt"),
            "steueramt",
            Kanal.BUERGERBUERO));
    assertNotNull(
        Vorgangszugriff.anlegenVerweigert(
            mitarbeiter(EnumSet.of(Rolle.SACHBEARBEITUNG), "steueramt"),
            "meldestelle",
            Kanal.BUERGERBUERO));
  }

  @Test
  void leitungUndAdministrationSehenKeineVorgangsinhalte() {
    assertNotNull(
        Vorgangszugriff.lesenVerweigert(
            mitarbeiter(EnumSet.of(Rolle.LEITUNG)), vorgang(Kanal.BUERGERBUERO)));
    assertNotNull(
        Vorgangszugriff.lesenVerweigert(
            mitarbeiter(EnumSet.of(Rolle.ADMIN)), vorgang(Kanal.BUERGERBUERO)));
    assertNotNull(
        Vorgangszugriff.anlegenVerweigert(
            mitarbeiter(EnumSet.of(Rolle.ADMIN)), "steueramt", Kanal.BUERGERBUERO));
  }

  @Test
  void aussendienstArbeitetImKofferKanal() {
    assertNull(
        Vorgangszugriff.lesenVerweigert(
            mitarbeiter(EnumSet.of(Rolle.AUSSENDIENST)), vorgang(Kanal.KOFFER)));
    assertNotNull(
        Vorgangszugriff.lesenVerweigert(
            mitarbeiter(EnumSet.of(Rolle.AUSSENDIENST)), vorgang(Kanal.BUERGERBUERO)));
    assertNull(
        Vorgangszugriff.anlegenVerweigert(
            mitarbeiter(EnumSet.of(Rolle.AUSSENDIENST)), "steueramt", Kanal.KOFFER));
  }

  @Test
  void geraeteNurImEigenenKanal() {
    Akteur terminal =
        new Akteur(
            Akteur.Art.GERAET,
            7,
            "geraet:t",
            "T",
            1,
            "musterstadt",
            EnumSet.noneOf(Rolle.class),
            Set.of(),
            Kanal.TERMINAL);
    assertNull(Vorgangszugriff.anlegenVerweigert(terminal, "steueramt", Kanal.TERMINAL));
    assertNotNull(Vorgangszugriff.anlegenVerweigert(terminal, "steueramt", Kanal.KOFFER));
    assertNotNull(
        Vorgangszugriff.lesenVerweigert(terminal, vorgang(Kanal.TERMINAL)),
        "nicht von diesem Gerät angelegt");
  }
}
