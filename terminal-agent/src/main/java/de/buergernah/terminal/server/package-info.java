/**
 * The agent's side of the HTTP contract of {@code /api/v1}: requests with the device credential,
 * retries that are safe to repeat, and failures as facts (status and the server's German detail)
 * that the commands turn into messages and exit codes.
 */
package de.buergernah.terminal.server;
