/**
 * Contract between the buergernah server and its clients (clerk tools, Bürgerterminal and
 * Bürgerkoffer agents): DTO records, JAX-RS interfaces and error types. No logic, no engine.
 */
package de.buergernah.api;
