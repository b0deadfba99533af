package de.buergernah.web.ui;

import de.buergernah.api.verwaltung.GeraetArt;
import de.buergernah.api.verwaltung.GeraetDto;
import de.buergernah.api.verwaltung.GeraetZugang;
import de.buergernah.api.verwaltung.NeuesGeraet;
import de.buergernah.plattform.fehler.FachlicherFehler;
import de.buergernah.plattform.sicherheit.VerwaltungService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** ADMIN registers devices (credential shown once) and revokes them. */
@Named
@ViewScoped
public class GeraeteBean implements Serializable {

  @Inject transient VerwaltungService verwaltung;

  private List<GeraetDto> geraete;
  private String bezeichnung;
  private GeraetArt art = GeraetArt.TERMINAL;
  private String neuerZugang;

  @PostConstruct
  void laden() {
    geraete = verwaltung.geraete();
  }

  public void anlegen() {
    try {
      GeraetZugang z = verwaltung.geraetAnlegen(new NeuesGeraet(bezeichnung, art, null));
      neuerZugang = z.token();
      bezeichnung = null;
      laden();
    } catch (FachlicherFehler e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public void widerrufen(long id) {
    verwaltung.geraetWiderrufen(id);
    neuerZugang = null;
    laden();
  }

  public GeraetArt[] getArten() {
    return GeraetArt.values();
  }

  public List<GeraetDto> getGeraete() {
    return geraete;
  }

  public String getBezeichnung() {
    return bezeichnung;
  }

  public void setBezeichnung(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  public GeraetArt getArt() {
    return art;
  }

  public void setArt(GeraetArt art) {
    this.art = art;
  }

  public String getNeuerZugang() {
    return neuerZugang;
  }
}
