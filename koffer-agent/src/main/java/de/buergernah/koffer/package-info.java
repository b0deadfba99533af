/** The Bürgerkoffer's field agent (suitcase notebook). Its function comes with the Koffer issue. */
package de.buergernah.koffer;
