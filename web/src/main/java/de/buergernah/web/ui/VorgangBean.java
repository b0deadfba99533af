package de.buergernah.web.ui;

import de.buergernah.api.dokument.DokumentDto;
import de.buergernah.api.hundesteuer.HundeanmeldungStand;
import de.buergernah.api.vorgang.VorgangDto;
import de.buergernah.kern.dokument.DokumentService;
import de.buergernah.kern.vorgang.VorgangService;
import de.buergernah.plattform.audit.AuditEintrag;
import de.buergernah.plattform.audit.AuditService;
import de.buergernah.plattform.fehler.FachlicherFehler;
import de.buergernah.plattform.sicherheit.AktuellerAkteur;
import de.buergernah.verfahren.hundesteuer.application.HundeanmeldungService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The case view: all data, documents (with the generated notices) and the history of steps. */
@Named
@ViewScoped
public class VorgangBean implements Serializable {

  @Inject transient VorgangService vorgaenge;
  @Inject transient DokumentService dokumente;
  @Inject transient HundeanmeldungService hundeanmeldungen;
  @Inject transient AuditService audit;
  @Inject transient AktuellerAkteur aktuell;

  private String nummer;
  private VorgangDto vorgang;
  private HundeanmeldungStand hundeanmeldung;
  private List<DokumentDto> dokumentListe;
  private List<AuditEintrag> verlauf;

  /** Loads the case; a case the user may not read shows the 404 page. */
  public void laden() throws IOException {
    try {
      vorgang = vorgaenge.lesen(nummer);
    } catch (FachlicherFehler e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    hundeanmeldung =
        "HUND_ANMELDEN".equals(vorgang.verfahren()) ? hundeanmeldungen.stand(nummer) : null;
    dokumentListe = dokumente.liste(nummer);
    verlauf = audit.verlauf(aktuell.get().mandantId(), vorgang.nummer());
  }

  public String adresse(DokumentDto d) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/v1/vorgaenge/"
        + d.vorgang()
        + "/dokumente/"
        + d.id();
  }

  public String getNummer() {
    return nummer;
  }

  public void setNummer(String nummer) {
    this.nummer = nummer;
  }

  public VorgangDto getVorgang() {
    return vorgang;
  }

  public HundeanmeldungStand getHundeanmeldung() {
    return hundeanmeldung;
  }

  public java.math.BigDecimal getJahresbetrag() {
    return hundeanmeldung == null || hundeanmeldung.jahresbetrag() == null
        ? null
        : new java.math.BigDecimal(hundeanmeldung.jahresbetrag());
  }

  public List<DokumentDto> getDokumente() {
    return dokumentListe;
  }

  public List<AuditEintrag> getVerlauf() {
    return verlauf;
  }
}
