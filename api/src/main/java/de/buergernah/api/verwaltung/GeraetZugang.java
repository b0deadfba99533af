package de.buergernah.api.verwaltung;

/**
 * A device credential, returned exactly once when it is created. The server keeps only its hash.
 * Devices send it as {@code Authorization: Bearer <token>}.
 */
public record GeraetZugang(GeraetDto geraet, String token) {}
