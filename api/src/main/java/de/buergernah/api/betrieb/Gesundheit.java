package de.buergernah.api.betrieb;

/**
 * Health of the server: {@code status} is {@code UP} only when the database and the process engine
 * are both {@code UP}.
 */
public record Gesundheit(String status, String datenbank, String prozessEngine) {}
