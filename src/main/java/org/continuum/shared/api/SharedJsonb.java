package org.continuum.shared.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every API call. Without a resolver, RESTEasy builds a new Jsonb for each
 * request body and each answer (JsonbBuilder.create, which looks its provider up through the
 * service loader and starts with empty caches): the benchmark's profile found request threads
 * queued on class-loader and jar-file locks inside it. Jsonb is thread-safe and meant to be shared.
 * The configuration is the default but for {@link DetailedJson}, which writes a view's details
 * beside its own properties.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withSerializers(new DetailedJson()));

  /** For code that serialises outside a request's body, such as request fingerprints. */
  public static Jsonb instance() {
    return JSONB;
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
