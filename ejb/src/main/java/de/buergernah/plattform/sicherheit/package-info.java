/**
 * Who may do what: users and devices, password and device-credential checks with lock-out, the
 * acting principal of a request ({@link de.buergernah.plattform.sicherheit.Akteur}) and the access
 * rules by role, Mandant and department.
 */
package de.buergernah.plattform.sicherheit;
