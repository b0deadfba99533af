package de.buergernah.web.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows an {@link Instant} as {@code dd.MM.yyyy HH:mm:ss} in Europe/Berlin (display only). */
@FacesConverter("zeitpunkt")
public class ZeitpunktKonverter implements Converter<Instant> {

  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Berlin"));

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("nur zur Anzeige");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    return value == null ? "" : FORMAT.format(value);
  }
}
