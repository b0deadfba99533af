/** Operations: health. */
package de.buergernah.api.betrieb;
