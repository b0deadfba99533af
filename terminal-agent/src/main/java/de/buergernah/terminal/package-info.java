/** The Bürgerterminal's device service (kiosk PC). Its function comes with the kiosk issue. */
package de.buergernah.terminal;
