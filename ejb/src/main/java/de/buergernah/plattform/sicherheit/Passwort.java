package de.buergernah.plattform.sicherheit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted slow password hashes (PBKDF2-HMAC-SHA256, OWASP 2023 iteration count). Format: {@code
 * pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}, so the count can rise later without breaking
 * stored hashes.
 */
public final class Passwort {

  static final int ITERATIONEN = 210_000;
  private static final SecureRandom ZUFALL = new SecureRandom();

  /** Hash of a password nobody has; checked for unknown users so timing does not reveal them. */
  private static final String ATTRAPPE = hashen("attrappe-" + System.nanoTime());

  private Passwort() {}

  public static String hashen(String passwort) {
    byte[] salz = new byte[16];
    ZUFALL.nextBytes(salz);
    byte[] hash = pbkdf2(passwort, salz, ITERATIONEN);
    Base64.Encoder b64 = Base64.getEncoder();
    return "pbkdf2-sha256$"
        + ITERATIONEN
        + "$"
        + b64.encodeToString(salz)
        + "$"
        + b64.encodeToString(hash);
  }

  public static boolean pruefen(String passwort, String gespeichert) {
    String[] teile = gespeichert.split("\\$");
    if (teile.length != 4 || !teile[0].equals("pbkdf2-sha256")) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] salz = b64.decode(teile[2]);
    byte[] erwartet = b64.decode(teile[3]);
    byte[] ist = pbkdf2(passwort, salz, Integer.parseInt(teile[1]));
    return MessageDigest.isEqual(erwartet, ist);
  }

  /** Spends the same time as a real check, for unknown user names. */
  static void attrappePruefen(String passwort) {
    pruefen(passwort, ATTRAPPE);
  }

  /** Minimum rules for new passwords: 12 characters, not only letters. */
  public static String schwaecheOderNull(String passwort) {
    if (passwort == null || passwort.strip().length() < 12) {
      return "Das Passwort muss mindestens 12 Zeichen lang sein.";
    }
    if (passwort.length() > 200) {
      return "Das Passwort darf höchstens 200 Zeichen lang sein.";
    }
    if (passwort.chars().allMatch(Character::isLetter)) {
      return "Das Passwort muss neben Buchstaben auch Ziffern oder Sonderzeichen enthalten.";
    }
    return null;
  }

  private static byte[] pbkdf2(String passwort, byte[] salz, int iterationen) {
    try {
      PBEKeySpec spec = new PBEKeySpec(passwort.toCharArray(), salz, iterationen, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 nicht verfügbar", e);
    }
  }

  /** SHA-256 as lower-case hex; for high-entropy device secrets, where a slow hash adds nothing. */
  public static String sha256Hex(String wert) {
    return sha256Hex(wert.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256Hex(byte[] daten) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(daten));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
