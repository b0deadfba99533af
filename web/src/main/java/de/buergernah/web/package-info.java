/**
 * The web layer: REST API for agents and tools, PrimeFaces clerk UI, and the Camunda REST mount.
 */
package de.buergernah.web;
