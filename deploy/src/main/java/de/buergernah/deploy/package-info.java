/** Operations tooling: the embedded PostgreSQL used by start.sh and the system tests. */
package de.buergernah.deploy;
