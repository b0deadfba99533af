/** Operations: configuration, schema migration at start-up, demo data, health. */
package de.buergernah.plattform.betrieb;
