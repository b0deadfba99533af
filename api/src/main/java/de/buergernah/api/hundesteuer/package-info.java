/**
 * Hundesteuer: the pre-check computation and the statutes of a Mandant. Amounts are decimal
 * strings.
 */
package de.buergernah.api.hundesteuer;
