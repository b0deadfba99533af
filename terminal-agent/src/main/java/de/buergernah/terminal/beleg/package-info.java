/**
 * Where a receipt (Eingangsbestätigung) goes at the kiosk: to a CUPS printer when one is
 * configured, else into a folder.
 */
package de.buergernah.terminal.beleg;
