package org.continuum.procedure.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ICD-10-CM diagnoses a case may be logged with (seed-content/coding/diagnoses.json): a case's
 * diagnoses must be on it, so a typo never reaches a case log. Searched by code or by words.
 */
public final class DiagnosisList implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One diagnosis: its code with the dot (M54.16) and its title. */
  public record Diagnosis(String code, String title) implements Serializable {

    /** "M54.16 Radiculopathy, lumbar region" */
    public String label() {
      return code + " " + title;
    }
  }

  private final Map<String, Diagnosis> byCode = new LinkedHashMap<>();

  public DiagnosisList(List<Diagnosis> diagnoses) {
    diagnoses.forEach(d -> byCode.put(d.code(), d));
  }

  public int size() {
    return byCode.size();
  }

  public Optional<Diagnosis> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The diagnoses whose code starts with the text (with or without its dot) or whose title holds
   * every word of it, codes first, at most {@code limit}.
   */
  public List<Diagnosis> search(String text, int limit) {
    String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (query.isEmpty()) {
      return List.of();
    }
    String compact = query.replace(".", "");
    List<String> words = Arrays.asList(query.split("[\\s,]+"));
    List<Diagnosis> byCodeMatch = new ArrayList<>();
    List<Diagnosis> byWords = new ArrayList<>();
    for (Diagnosis d : byCode.values()) {
      String code = d.code().toLowerCase(Locale.ROOT);
      String title = d.title().toLowerCase(Locale.ROOT);
      if (code.startsWith(query) || code.replace(".", "").startsWith(compact)) {
        byCodeMatch.add(d);
      } else if (words.stream().allMatch(title::contains)) {
        byWords.add(d);
      }
    }
    List<Diagnosis> found = new ArrayList<>(byCodeMatch);
    found.addAll(byWords);
    return found.subList(0, Math.min(limit, found.size()));
  }
}
