package de.buergernah.api.dokument;

import java.time.Instant;

/**
 * Metadata of a stored document.
 *
 * @param dateiname sanitised display name
 * @param medientyp detected from the bytes, not taken from the upload
 * @param sha256 hex SHA-256 of the content, checked on every read
 */
public record DokumentDto(
    long id,
    String vorgang,
    String dateiname,
    String medientyp,
    long groesse,
    String sha256,
    Instant hochgeladenAm) {}
