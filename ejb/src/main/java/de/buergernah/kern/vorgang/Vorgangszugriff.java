package de.buergernah.kern.vorgang;

import de.buergernah.api.vorgang.Kanal;
import de.buergernah.kern.Rolle;
import de.buergernah.plattform.sicherheit.Akteur;

/**
 * Who may open and read which case. Another Mandant's case does not exist for the caller; within
 * the Mandant, clerks see their departments' cases, field clerks the Koffer's, devices their own.
 * LEITUNG, PROZESSDESIGN and ADMIN see no case content (least privilege).
 */
public final class Vorgangszugriff {

  private Vorgangszugriff() {}

  /** Null when allowed, else the reason (German). */
  public static String anlegenVerweigert(Akteur a, String fachbereich, Kanal kanal) {
    if (a.istGeraet()) {
      return kanal == a.geraetKanal()
          ? null
          : "Ein Gerät darf nur Vorgänge seines eigenen Kanals anlegen.";
    }
    if (kanal == Kanal.BUERGERBUERO
        && a.hatRolle(Rolle.SACHBEARBEITUNG)
        && a.fachbereiche().contains(fachbereich)) {
      return null;
    }
    if (kanal == Kanal.KOFFER && a.hatRolle(Rolle.AUSSENDIENST)) {
      return null;
    }
    return "Sie dürfen für diesen Fachbereich und Kanal keine Vorgänge anlegen.";
  }

  public static boolean gleicherMandant(Akteur a, Vorgang v) {
    return v.getMandant().getId() == a.mandantId();
  }

  /** Null when allowed, else the reason (German). Assumes the same Mandant. */
  public static String lesenVerweigert(Akteur a, Vorgang v) {
    if (a.istGeraet()) {
      return v.getGeraet() != null && v.getGeraet().getId() == a.id()
          ? null
          : "Ein Gerät sieht nur die Vorgänge, die es selbst angelegt hat.";
    }
    if (a.hatRolle(Rolle.SACHBEARBEITUNG)
        && a.fachbereiche().contains(v.getFachbereich().getSchluessel())) {
      return null;
    }
    if (a.hatRolle(Rolle.AUSSENDIENST) && v.getKanal() == Kanal.KOFFER) {
      return null;
    }
    return "Dieser Vorgang gehört nicht zu Ihren Fachbereichen.";
  }
}
