package de.buergernah.web.api;

import de.buergernah.api.fehler.Problem;
import jakarta.ws.rs.core.Response;

/** Builds problem+json responses. */
final class Probleme {

  private Probleme() {}

  static Response antwort(Problem p) {
    return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
  }

  static Response antwort(int status, String art, String titel, String detail) {
    return antwort(Problem.von(art, titel, status, FehlerAbbildung.gekuerzt(detail)));
  }
}
