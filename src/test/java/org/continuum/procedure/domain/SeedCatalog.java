package org.continuum.procedure.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.testsupport.EntityIds;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The bundled catalog (seed-content/catalog/procedures.json) and coding rules
 * (seed-content/coding/core-rules.md) as unit tests see them, read from the files themselves, so
 * the tests check what ships. Ids are given in file order, from 1.
 */
public final class SeedCatalog {

  public static final Map<String, ProcedureType> TYPES = load();

  /** The bundled diagnosis list. */
  public static final DiagnosisList DIAGNOSES = diagnoses();

  /** The bundled rules, checked against the bundled catalog as the loader does. */
  public static final CodingRuleBook RULES = rules();

  private SeedCatalog() {}

  public static ProcedureType type(String code) {
    ProcedureType type = TYPES.get(code);
    if (type == null) {
      throw new IllegalArgumentException("no procedure " + code + " in the bundled catalog");
    }
    return type;
  }

  public static String text(String path) {
    try {
      return Files.readString(Path.of("seed-content", path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CodingRuleBook rules() {
    CodingRuleBook book = CodingRuleFormat.parse(text("coding/core-rules.md"));
    book.check(TYPES.values());
    return book;
  }

  @SuppressWarnings("unchecked")
  private static DiagnosisList diagnoses() {
    Map<String, Object> document =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(text("coding/diagnoses.json"));
    List<DiagnosisList.Diagnosis> all = new ArrayList<>();
    for (Map<String, Object> d : (List<Map<String, Object>>) document.get("codes")) {
      all.add(new DiagnosisList.Diagnosis((String) d.get("code"), (String) d.get("title")));
    }
    return new DiagnosisList(all);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ProcedureType> load() {
    Map<String, Object> document =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(text("catalog/procedures.json"));
    Map<String, ProcedureCategory> categories = new LinkedHashMap<>();
    long id = 1;
    for (Map<String, Object> c : (List<Map<String, Object>>) document.get("categories")) {
      String code = (String) c.get("code");
      categories.put(
          code,
          EntityIds.withId(
              new ProcedureCategory(code, (String) c.get("name"), (Integer) c.get("displayOrder")),
              id++));
    }
    Map<String, ProcedureType> types = new LinkedHashMap<>();
    id = 1;
    for (Map<String, Object> p : (List<Map<String, Object>>) document.get("procedures")) {
      ProcedureCategory category = categories.get((String) p.get("category"));
      ProcedureType type = new ProcedureType((String) p.get("code"), category);
      Object maxLevels = p.get("maxLevels");
      Object defaultGuidance = p.get("defaultGuidance");
      type.describe(
          (String) p.get("name"),
          category,
          (List<String>) p.get("cpt"),
          (List<String>) p.getOrDefault("terms", List.of()),
          names(ProcedureField.class, p.get("fields")),
          names(SpineRegion.class, p.get("regions")),
          names(Guidance.class, p.get("guidance")),
          defaultGuidance == null ? null : Guidance.valueOf((String) defaultGuidance),
          maxLevels == null ? 1 : (Integer) maxLevels,
          names(Quantity.class, p.get("quantities")));
      if (Boolean.TRUE.equals(p.get("retired"))) {
        type.retire();
      }
      types.put(type.getCode(), EntityIds.withId(type, id++));
    }
    return types;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> Set<E> names(Class<E> type, Object values) {
    Set<E> set = EnumSet.noneOf(type);
    for (String name : values == null ? new ArrayList<String>() : (List<String>) values) {
      set.add(Enum.valueOf(type, name));
    }
    return set;
  }
}
