/** Cases (Vorgänge): opening and reading them. */
package de.buergernah.api.vorgang;
