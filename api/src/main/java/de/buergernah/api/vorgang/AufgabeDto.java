package de.buergernah.api.vorgang;

import java.time.Instant;

/**
 * An open task in the caller's inbox ({@code GET /api/v1/aufgaben}); {@code bearbeiter}: who took
 * it over.
 */
public record AufgabeDto(
    String id,
    String schluessel,
    String name,
    String vorgang,
    String gruppe,
    Instant erstelltAm,
    String bearbeiter) {}
