package de.buergernah.api.vorgang;

/** The channel through which a case reached the administration. */
public enum Kanal {
  BUERGERBUERO,
  KOFFER,
  TERMINAL,
  ONLINE
}
