/** Error types shared by server and clients (RFC 9457 problem details). */
package de.buergernah.api.fehler;
