package de.buergernah.api.verwaltung;

/** ADMIN registers a device of their Mandant; {@code standort} is a Standort key or null. */
public record NeuesGeraet(String bezeichnung, GeraetArt art, String standort) {}
