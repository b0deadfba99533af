/**
 * The append-only audit trail: every login, read of personal data, change and download, with who,
 * when, what and which Vorgang. The database refuses updates and deletes of entries.
 */
package de.buergernah.plattform.audit;
