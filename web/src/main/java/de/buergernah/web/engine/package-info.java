/**
 * Mounts Camunda's REST API at {@code /engine-rest} for Camunda Modeler and guards it: HTTP Basic,
 * roles PROZESSDESIGN or ADMIN only. The only web code that touches engine classes.
 */
package de.buergernah.web.engine;
