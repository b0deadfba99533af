/**
 * Errors the user can understand; the web layer turns them into German messages or problem+json.
 */
package de.buergernah.plattform.fehler;
