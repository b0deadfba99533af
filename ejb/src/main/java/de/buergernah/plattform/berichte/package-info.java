/**
 * Printed documents: {@link de.buergernah.plattform.berichte.Berichtsdrucker} fills the Jasper
 * reports compiled at build time and exports archivable PDF/A-2b; {@link
 * de.buergernah.plattform.berichte.GiroCode} builds EPC QR codes for payments. Callers pass plain
 * Java values; only this package uses the JasperReports API.
 */
package de.buergernah.plattform.berichte;
