package de.buergernah.api.verwaltung;

import java.util.Set;

/** A user as ADMIN sees it. */
public record MitarbeiterDto(
    long id,
    String benutzername,
    String anzeigename,
    Set<String> rollen,
    Set<String> fachbereiche,
    boolean gesperrt) {}
