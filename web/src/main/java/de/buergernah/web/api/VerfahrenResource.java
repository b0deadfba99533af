package de.buergernah.web.api;

import de.buergernah.api.vorgang.Kanal;
import de.buergernah.api.vorgang.VerfahrenDto;
import de.buergernah.kern.vorgang.VorgangService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** The procedure catalogue: LeiKa key, name, channels and required documents. */
@RequestScoped
@Path("/verfahren")
@Produces(MediaType.APPLICATION_JSON)
public class VerfahrenResource {

  @Inject VorgangService vorgaenge;

  @GET
  public List<VerfahrenDto> katalog() {
    return vorgaenge.verfahren().stream()
        .map(
            v ->
                new VerfahrenDto(
                    v.getSchluessel(),
                    v.getLeikaSchluessel(),
                    v.getBezeichnung(),
                    v.getFachbereich(),
                    Arrays.stream(v.getKanaele().split(","))
                        .map(String::trim)
                        .map(Kanal::valueOf)
                        .toList(),
                    v.getUnterlagen() == null
                        ? List.of()
                        : Arrays.stream(v.getUnterlagen().split(";")).map(String::trim).toList()))
        .toList();
  }
}
