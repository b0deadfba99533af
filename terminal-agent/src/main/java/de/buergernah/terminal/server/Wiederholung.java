package de.buergernah.terminal.server;

import java.time.Duration;

/**
 * How often a request that may be repeated is tried, and how long to wait in between (doubling each
 * time, so a restarting server gets room).
 *
 * @param versuche attempts in all, at least 1
 * @param ersteWartezeit wait before the second attempt
 */
public record Wiederholung(int versuche, Duration ersteWartezeit, Warten warten) {

  /** 4 attempts over about 7 seconds: long enough for a short network hiccup at the kiosk. */
  public static final Wiederholung STANDARD =
      new Wiederholung(4, Duration.ofSeconds(1), d -> Thread.sleep(d.toMillis()));

  public Wiederholung {
    if (versuche < 1 || ersteWartezeit == null || ersteWartezeit.isNegative() || warten == null) {
      throw new IllegalArgumentException("ungültige Wiederholung");
    }
  }

  /** The wait after attempt {@code versuch} (1-based) failed. */
  Duration wartezeitNach(int versuch) {
    return ersteWartezeit.multipliedBy(1L << Math.min(versuch - 1, 10));
  }

  /** Pauses between attempts; replaced in tests so they do not sleep. */
  @FunctionalInterface
  public interface Warten {
    void warten(Duration dauer) throws InterruptedException;
  }
}
