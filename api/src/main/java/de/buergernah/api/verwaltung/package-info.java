/** Administration of users and devices (role ADMIN). */
package de.buergernah.api.verwaltung;
