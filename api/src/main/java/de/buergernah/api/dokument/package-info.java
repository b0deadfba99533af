/** Documents attached to cases: upload, list, download. */
package de.buergernah.api.dokument;
