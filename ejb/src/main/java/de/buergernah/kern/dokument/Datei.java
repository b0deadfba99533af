package de.buergernah.kern.dokument;

/** A document's content ready to send, after its hash was checked. */
public record Datei(String dateiname, String medientyp, byte[] daten) {}
