/** The PrimeFaces clerk UI: login, inbox, and the administration pages (audit trail, devices). */
package de.buergernah.web.ui;
