/**
 * Hundesteuer (dog tax): registering and deregistering dogs, and the tax under each Mandant's
 * statute. {@code domain} computes, {@code application} loads the statute and serves callers.
 */
package de.buergernah.verfahren.hundesteuer;
