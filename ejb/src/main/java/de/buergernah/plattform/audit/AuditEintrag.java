package de.buergernah.plattform.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of the audit trail; written once, never changed. */
@Entity
public class AuditEintrag {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant zeitpunkt;
  private Long mandantId;
  private String akteur;

  @Enumerated(EnumType.STRING)
  private Aktion aktion;

  private String objektTyp;
  private String objektId;
  private String vorgangNummer;
  private boolean erfolg;
  private String detail;

  protected AuditEintrag() {}

  AuditEintrag(
      Instant zeitpunkt,
      Long mandantId,
      String akteur,
      Aktion aktion,
      String objektTyp,
      String objektId,
      String vorgangNummer,
      boolean erfolg,
      String detail) {
    this.zeitpunkt = zeitpunkt;
    this.mandantId = mandantId;
    this.akteur = kuerzen(akteur, 80);
    this.aktion = aktion;
    this.objektTyp = objektTyp;
    this.objektId = kuerzen(objektId, 80);
    this.vorgangNummer = vorgangNummer;
    this.erfolg = erfolg;
    this.detail = kuerzen(detail, 500);
  }

  private static String kuerzen(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getZeitpunkt() {
    return zeitpunkt;
  }

  public Long getMandantId() {
    return mandantId;
  }

  public String getAkteur() {
    return akteur;
  }

  public Aktion getAktion() {
    return aktion;
  }

  public String getObjektTyp() {
    return objektTyp;
  }

  public String getObjektId() {
    return objektId;
  }

  public String getVorgangNummer() {
    return vorgangNummer;
  }

  public boolean isErfolg() {
    return erfolg;
  }

  public String getDetail() {
    return detail;
  }
}
