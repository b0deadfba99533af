package de.buergernah.web.ui;

import de.buergernah.api.dokument.DokumentDto;
import de.buergernah.api.hundesteuer.HundeanmeldungStand;
import de.buergernah.api.vorgang.VorgangDto;
import de.buergernah.kern.dokument.DokumentService;
import de.buergernah.kern.vorgang.PosteingangService;
import de.buergernah.kern.vorgang.VorgangService;
import de.buergernah.plattform.fehler.FachlicherFehler;
import de.buergernah.plattform.workflow.Aufgabe;
import de.buergernah.verfahren.hundesteuer.application.HundeanmeldungService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The task form: the case's data and documents (viewable in the page) and the decision the task
 * asks for. Reading it is audited through the services.
 */
@Named
@ViewScoped
public class AufgabeBean implements Serializable {

  @Inject transient PosteingangService posteingang;
  @Inject transient VorgangService vorgaenge;
  @Inject transient DokumentService dokumente;
  @Inject transient HundeanmeldungService hundeanmeldungen;

  private String id;
  private Aufgabe aufgabe;
  private VorgangDto vorgang;
  private HundeanmeldungStand hundeanmeldung;
  private List<DokumentDto> dokumentListe;
  private DokumentDto angezeigt;

  /** Loads the task; a task outside the user's departments shows the 404 page. */
  public void laden() throws IOException {
    try {
      aufgabe = posteingang.aufgabe(id);
    } catch (FachlicherFehler e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    vorgang = vorgaenge.lesen(aufgabe.vorgangNummer());
    hundeanmeldung =
        "HUND_ANMELDEN".equals(vorgang.verfahren())
            ? hundeanmeldungen.stand(vorgang.nummer())
            : null;
    dokumentListe = dokumente.liste(vorgang.nummer());
    angezeigt = dokumentListe.isEmpty() ? null : dokumentListe.get(0);
  }

  public void anzeigen(DokumentDto d) {
    angezeigt = d;
  }

  public void uebernehmen() {
    try {
      posteingang.uebernehmen(id);
      aufgabe = posteingang.aufgabe(id);
    } catch (FachlicherFehler e) {
      meldung(e);
    }
  }

  public void unterlagenVollstaendig(boolean vollstaendig) throws IOException {
    erledigen(Map.of("unterlagenVollstaendig", vollstaendig));
  }

  public void erledigen() throws IOException {
    erledigen(Map.of());
  }

  private void erledigen(Map<String, Object> entscheidung) throws IOException {
    try {
      posteingang.erledigen(id, entscheidung);
    } catch (FachlicherFehler e) {
      meldung(e);
      return;
    }
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    ext.getFlash().put("erledigt", aufgabe.name() + " – " + aufgabe.vorgangNummer());
    ext.getFlash().put("vorgang", aufgabe.vorgangNummer());
    ext.redirect(ext.getRequestContextPath() + "/posteingang.xhtml");
  }

  private static void meldung(FachlicherFehler e) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
  }

  /** URL of a document for viewing in the page (same session, through the API). */
  public String adresse(DokumentDto d, boolean inline) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/v1/vorgaenge/"
        + d.vorgang()
        + "/dokumente/"
        + d.id()
        + (inline ? "?inline=true" : "");
  }

  public boolean istBild(DokumentDto d) {
    return d != null && d.medientyp().startsWith("image/");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Aufgabe getAufgabe() {
    return aufgabe;
  }

  public VorgangDto getVorgang() {
    return vorgang;
  }

  public HundeanmeldungStand getHundeanmeldung() {
    return hundeanmeldung;
  }

  public List<DokumentDto> getDokumente() {
    return dokumentListe;
  }

  /** The computed annual tax as a number, for German money formatting; null before computation. */
  public java.math.BigDecimal getJahresbetrag() {
    return hundeanmeldung == null || hundeanmeldung.jahresbetrag() == null
        ? null
        : new java.math.BigDecimal(hundeanmeldung.jahresbetrag());
  }

  public DokumentDto getAngezeigt() {
    return angezeigt;
  }
}
