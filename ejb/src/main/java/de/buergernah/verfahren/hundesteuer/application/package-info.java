/**
 * Loads the statute in force for a Mandant and year, computes, lets ADMIN add versions, and prints
 * the receipt and the tax notice ({@link
 * de.buergernah.verfahren.hundesteuer.application.Hundesteuerdokumente}).
 */
package de.buergernah.verfahren.hundesteuer.application;
