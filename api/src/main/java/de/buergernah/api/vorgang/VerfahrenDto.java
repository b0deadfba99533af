package de.buergernah.api.vorgang;

import java.util.List;

/**
 * A procedure of the catalogue ({@code GET /api/v1/verfahren}).
 *
 * @param leika LeiKa key (Leistungskatalog), null for procedures without one
 * @param kanaele channels through which the procedure is offered
 * @param unterlagen documents to bring or attach
 */
public record VerfahrenDto(
    String schluessel,
    String leika,
    String bezeichnung,
    String fachbereich,
    List<Kanal> kanaele,
    List<String> unterlagen) {}
