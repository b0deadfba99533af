package de.buergernah.web.ui;

import de.buergernah.plattform.audit.Aktion;
import de.buergernah.plattform.audit.AuditEintrag;
import de.buergernah.plattform.audit.AuditFilter;
import de.buergernah.plattform.audit.AuditService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** ADMIN's view of the audit trail, filterable by user, action, case and period. */
@Named
@ViewScoped
public class ProtokollBean implements Serializable {

  static final int MAX_ZEILEN = 500;

  @Inject transient AuditService audit;

  private String akteur;
  private Aktion aktion;
  private String vorgang;
  private LocalDate von;
  private LocalDate bis;
  private List<AuditEintrag> eintraege;

  @PostConstruct
  void laden() {
    suchen();
  }

  public void suchen() {
    eintraege = audit.suchen(new AuditFilter(akteur, aktion, vorgang, von, bis), MAX_ZEILEN);
  }

  public Aktion[] getAktionen() {
    return Aktion.values();
  }

  public List<AuditEintrag> getEintraege() {
    return eintraege;
  }

  public String getAkteur() {
    return akteur;
  }

  public void setAkteur(String akteur) {
    this.akteur = akteur;
  }

  public Aktion getAktion() {
    return aktion;
  }

  public void setAktion(Aktion aktion) {
    this.aktion = aktion;
  }

  public String getVorgang() {
    return vorgang;
  }

  public void setVorgang(String vorgang) {
    this.vorgang = vorgang;
  }

  public LocalDate getVon() {
    return von;
  }

  public void setVon(LocalDate von) {
    this.von = von;
  }

  public LocalDate getBis() {
    return bis;
  }

  public void setBis(LocalDate bis) {
    this.bis = bis;
  }
}
