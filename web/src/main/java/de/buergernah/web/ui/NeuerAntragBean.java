package de.buergernah.web.ui;

import de.buergernah.api.hundesteuer.Hundeanmeldung;
import de.buergernah.kern.dokument.DokumentService;
import de.buergernah.plattform.fehler.FachlicherFehler;
import de.buergernah.verfahren.hundesteuer.application.HundeanmeldungService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.primefaces.model.file.UploadedFile;

/**
 * "Neuer Antrag" at the counter: a clerk enters a dog registration for a citizen who is present and
 * attaches a scan. The idempotency key of the form makes a double click harmless.
 */
@Named
@ViewScoped
public class NeuerAntragBean implements Serializable {

  @Inject transient HundeanmeldungService anmeldungen;
  @Inject transient DokumentService dokumente;

  private final String schluessel = UUID.randomUUID().toString();
  private String familienname;
  private String vornamen;
  private LocalDate geburtsdatum;
  private String anschrift;
  private String hundName;
  private String rasse;
  private LocalDate gehaltenAb;
  private boolean gefaehrlich;
  private boolean steuerbefreit;
  private transient UploadedFile scan;

  public void einreichen() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    try {
      HundeanmeldungService.Eingang e =
          anmeldungen.einreichen(
              new Hundeanmeldung(
                  new Hundeanmeldung.Halter(familienname, vornamen, geburtsdatum, anschrift),
                  null,
                  List.of(
                      new Hundeanmeldung.Hund(
                          hundName,
                          rasse,
                          gehaltenAb,
                          null,
                          gefaehrlich,
                          steuerbefreit,
                          false,
                          false)),
                  List.of()),
              schluessel);
      if (scan != null && scan.getSize() > 0) {
        try (InputStream in = scan.getInputStream()) {
          dokumente.hochladen(e.vorgang(), scan.getFileName(), in);
        }
      }
      ExternalContext ext = fc.getExternalContext();
      ext.getFlash().put("erledigt", "Antrag angelegt – " + e.vorgang());
      ext.getFlash().put("vorgang", e.vorgang());
      ext.redirect(ext.getRequestContextPath() + "/posteingang.xhtml");
    } catch (FachlicherFehler e) {
      fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public String getFamilienname() {
    return familienname;
  }

  public void setFamilienname(String familienname) {
    this.familienname = familienname;
  }

  public String getVornamen() {
    return vornamen;
  }

  public void setVornamen(String vornamen) {
    this.vornamen = vornamen;
  }

  public LocalDate getGeburtsdatum() {
    return geburtsdatum;
  }

  public void setGeburtsdatum(LocalDate geburtsdatum) {
    this.geburtsdatum = geburtsdatum;
  }

  public String getAnschrift() {
    return anschrift;
  }

  public void setAnschrift(String anschrift) {
    this.anschrift = anschrift;
  }

  public String getHundName() {
    return hundName;
  }

  public void setHundName(String hundName) {
    this.hundName = hundName;
  }

  public String getRasse() {
    return rasse;
  }

  public void setRasse(String rasse) {
    this.rasse = rasse;
  }

  public LocalDate getGehaltenAb() {
    return gehaltenAb;
  }

  public void setGehaltenAb(LocalDate gehaltenAb) {
    this.gehaltenAb = gehaltenAb;
  }

  public boolean isGefaehrlich() {
    return gefaehrlich;
  }

  public void setGefaehrlich(boolean gefaehrlich) {
    this.gefaehrlich = gefaehrlich;
  }

  public boolean isSteuerbefreit() {
    return steuerbefreit;
  }

  public void setSteuerbefreit(boolean steuerbefreit) {
    this.steuerbefreit = steuerbefreit;
  }

  public UploadedFile getScan() {
    return scan;
  }

  public void setScan(UploadedFile scan) {
    this.scan = scan;
  }
}
