package de.buergernah.api.verwaltung;

/** Kinds of field devices. */
public enum GeraetArt {
  TERMINAL,
  KOFFER
}
