/**
 * REST API under {@code /api/v1}: thin resources that authenticate (user or device), hand off to
 * the services and turn errors into RFC 9457 problem+json.
 */
package de.buergernah.web.api;
