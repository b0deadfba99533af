package de.buergernah.verfahren.hundesteuer.domain;

/**
 * How a statute splits the year when liability does not cover all of it: by calendar month
 * (Dresden) or by calendar quarter (Krauschwitz). Liability starts on the first day of the month or
 * quarter after keeping starts, and ends at the end of the month or quarter in which it ends.
 */
public enum Zeitanteil {
  MONAT(1),
  QUARTAL(3);

  private final int monate;

  Zeitanteil(int monate) {
    this.monate = monate;
  }

  /** Length of one period in months. */
  public int monate() {
    return monate;
  }
}
