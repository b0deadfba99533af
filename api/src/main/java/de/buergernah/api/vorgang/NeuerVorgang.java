package de.buergernah.api.vorgang;

/**
 * Request to open a case.
 *
 * @param verfahren key of the procedure, e.g. {@code ALLGEMEIN}
 * @param fachbereich key of the department that handles it, e.g. {@code steueramt}
 * @param kanal channel; devices may only use their own channel
 * @param betreff short subject shown in the inbox (no personal data needed)
 */
public record NeuerVorgang(String verfahren, String fachbereich, Kanal kanal, String betreff) {}
