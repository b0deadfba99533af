package de.buergernah.api.verwaltung;

import java.time.Instant;

/** A device as ADMIN sees it (never with its credential). */
public record GeraetDto(
    long id,
    String bezeichnung,
    GeraetArt art,
    String standort,
    boolean widerrufen,
    Instant angelegtAm) {}
