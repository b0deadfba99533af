/**
 * The Bürgerterminal's command-line agent on the kiosk PC: {@code submit} sends an application with
 * its attachments and hands out the receipt, {@code attach} adds documents to an existing case.
 * Every outcome is a German message and an {@link de.buergernah.terminal.Ausgang exit code}.
 */
package de.buergernah.terminal;
