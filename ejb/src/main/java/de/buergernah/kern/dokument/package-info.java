/**
 * Documents of cases: content in PostgreSQL (shared by all server nodes), SHA-256 checked on every
 * read, media type detected from the bytes, size limit, sanitised display names.
 */
package de.buergernah.kern.dokument;
