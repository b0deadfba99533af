package de.buergernah.plattform.sicherheit;

import de.buergernah.api.vorgang.Kanal;
import de.buergernah.kern.Rolle;
import java.io.Serializable;
import java.util.Set;

/**
 * Who acts in a request: a logged-in user or an authenticated device. Immutable; its name is what
 * the audit trail records (a user name or {@code geraet:<kennung>}), never a citizen's data.
 *
 * @param fachbereiche department keys the user works for
 * @param geraetKanal for devices the only channel they may use, for users null
 */
public record Akteur(
    Art art,
    long id,
    String name,
    String anzeigename,
    long mandantId,
    String mandant,
    Set<Rolle> rollen,
    Set<String> fachbereiche,
    Kanal geraetKanal)
    implements Serializable {

  public enum Art {
    MITARBEITER,
    GERAET
  }

  public boolean hatRolle(Rolle rolle) {
    return rollen.contains(rolle);
  }

  public boolean hatEineRolle(Rolle... moegliche) {
    for (Rolle r : moegliche) {
      if (rollen.contains(r)) {
        return true;
      }
    }
    return false;
  }

  public boolean istGeraet() {
    return art == Art.GERAET;
  }

  /** Candidate groups of this user's tasks in the workflow engine. */
  public Set<String> aufgabenGruppen() {
    return fachbereiche.stream()
        .map(f -> mandant + ":" + f)
        .collect(java.util.stream.Collectors.toSet());
  }
}
