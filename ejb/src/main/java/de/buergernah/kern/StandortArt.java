package de.buergernah.kern;

/** Kinds of places where the administration meets citizens. */
public enum StandortArt {
  BUERGERBUERO,
  DORF,
  PFLEGEHEIM,
  SONSTIGER
}
