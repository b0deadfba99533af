package de.buergernah.plattform.workflow;

import java.time.Instant;

/** A user task waiting in an inbox. */
public record Aufgabe(
    String id, String name, String vorgangNummer, String gruppe, Instant erstelltAm) {}
