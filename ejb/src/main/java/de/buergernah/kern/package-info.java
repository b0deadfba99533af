/**
 * What all procedures share: Mandant (municipality), Fachbereich (department), Standort (place),
 * Person (citizen, minimal). Cases and documents live in the sub-packages.
 */
package de.buergernah.kern;
