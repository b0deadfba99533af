package de.buergernah.api.vorgang;

import java.time.Instant;

/** A case as clients see it. */
public record VorgangDto(
    String nummer,
    String verfahren,
    String mandant,
    String fachbereich,
    Kanal kanal,
    String status,
    String betreff,
    Instant angelegtAm,
    Instant geaendertAm) {}
