package de.buergernah.plattform.workflow;

import java.time.Instant;

/**
 * A user task waiting in an inbox; {@code schluessel} is its BPMN id (e.g. Task_AntragPruefen),
 * {@code bearbeiter} the user who took it over (null: the whole group).
 */
public record Aufgabe(
    String id,
    String name,
    String vorgangNummer,
    String gruppe,
    Instant erstelltAm,
    String schluessel,
    String bearbeiter) {}
