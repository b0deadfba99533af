/** Web-side authentication helpers shared by the API, the clerk UI and the engine REST guard. */
package de.buergernah.web.sicherheit;
