package de.buergernah.terminal.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** JSON as the server writes it: ISO-8601 dates, no nulls. */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private Json() {}

  /**
   * For files a person wrote: unknown fields are an error (the server refuses them too, and a typo
   * should be reported here, before anything is sent), as is anything after the object.
   */
  public static ObjectReader streng(Class<?> typ) {
    return MAPPER
        .readerFor(typ)
        .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** For the server's answers: fields added by a newer server are ignored. */
  static ObjectReader tolerant(Class<?> typ) {
    return MAPPER.readerFor(typ).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  static byte[] schreiben(Object wert) {
    try {
      return MAPPER.writeValueAsBytes(wert);
    } catch (JsonProcessingException e) {
      // the DTOs are plain records: this cannot happen with valid data
      throw new IllegalStateException("JSON nicht erzeugbar: " + e.getClass().getSimpleName());
    }
  }
}
