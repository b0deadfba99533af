/** Cases (Vorgänge): readable numbers, channels, access rules by Mandant, role and department. */
package de.buergernah.kern.vorgang;
