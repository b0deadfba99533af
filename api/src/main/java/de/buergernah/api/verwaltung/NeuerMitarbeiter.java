package de.buergernah.api.verwaltung;

import java.util.Set;

/**
 * ADMIN creates a user of their Mandant.
 *
 * @param rollen e.g. SACHBEARBEITUNG, AUSSENDIENST, LEITUNG, PROZESSDESIGN, ADMIN
 * @param fachbereiche department keys (required for SACHBEARBEITUNG)
 */
public record NeuerMitarbeiter(
    String benutzername,
    String anzeigename,
    String passwort,
    Set<String> rollen,
    Set<String> fachbereiche) {}
