/** Loads the statute in force for a Mandant and year, computes, and lets ADMIN add versions. */
package de.buergernah.verfahren.hundesteuer.application;
