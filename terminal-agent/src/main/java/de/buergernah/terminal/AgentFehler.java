package de.buergernah.terminal;

/**
 * An expected failure with its German message for the person at the kiosk and its exit code. Never
 * shown as a stack trace, so it records none.
 */
final class AgentFehler extends RuntimeException {

  private final Ausgang ausgang;

  AgentFehler(Ausgang ausgang, String meldung) {
    super(meldung, null, false, false);
    this.ausgang = ausgang;
  }

  Ausgang ausgang() {
    return ausgang;
  }
}
