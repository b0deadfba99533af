package de.buergernah.plattform.audit;

/** What was done. */
public enum Aktion {
  ANMELDUNG,
  ABMELDUNG,
  GERAET_ANMELDUNG,
  LESEN,
  AENDERN,
  ANLEGEN,
  HOCHLADEN,
  HERUNTERLADEN,
  ZUGRIFF_VERWEIGERT,
  PROZESS_BEREITSTELLEN
}
