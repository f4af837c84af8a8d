package org.continuum.seed.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.continuum.shared.domain.DomainException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Binding seed documents and reporting where in them something is wrong, for every {@link
 * SeedContributor}.
 */
public final class SeedDocuments {

  private static final Logger LOG = Logger.getLogger(SeedDocuments.class.getName());

  /** Thread-safe and reused; refuses unknown fields so a typo does not pass silently. */
  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

  private SeedDocuments() {}

  public static <T> T bind(String json, Class<T> type, String kind) {
    try {
      return JSONB.fromJson(json, type);
    } catch (JsonbException e) {
      LOG.log(Level.INFO, "Seed document of kind " + kind + " did not bind", e);
      throw new InvalidInputException(
          "file", Wording.of("seedDocuments.fileDoesMatchFormat", kind));
    }
  }

  /** Applies each entry, prefixing any refusal with where it is, e.g. "procedures[3]: ...". */
  public static <T> void each(String section, List<T> entries, Consumer<T> action) {
    if (entries == null) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      T entry = entries.get(i);
      String where = section + "[" + i + "]";
      if (entry == null) {
        throw new InvalidInputException(where, Wording.of("seedDocuments.entryEmpty", where));
      }
      try {
        action.accept(entry);
      } catch (DomainException e) {
        throw new InvalidInputException(where, where + ": " + e.userMessage());
      }
    }
  }
}
