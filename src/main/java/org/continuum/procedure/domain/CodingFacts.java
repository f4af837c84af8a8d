package org.continuum.procedure.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a procedure's codes depend on: the guidance, region, side, number of levels and the counted
 * details. Built from a checked entry, or from a half-filled form to preview the codes.
 */
public record CodingFacts(
    Guidance guidance,
    SpineRegion region,
    Laterality side,
    int levels,
    Map<Quantity, Integer> counts) {

  public static final String GUIDANCE = "guidance";
  public static final String REGION = "region";
  public static final String SIDE = "side";
  public static final String LEVELS = "levels";

  public CodingFacts {
    counts = counts == null || counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
  }

  /**
   * The facts of a form not yet checked, for a preview: what is filled in, the procedure's default
   * guidance and only region where the form has none, blank counts as none where none is allowed.
   */
  public static CodingFacts draft(LogEntry entry, ProcedureType type) {
    Guidance guidance =
        entry.getGuidance() != null ? entry.getGuidance() : type.getDefaultGuidance();
    List<String> chosen =
        entry.getLevels() == null
            ? List.of()
            : entry.getLevels().stream()
                .filter(l -> l != null && !l.isBlank())
                .map(l -> l.strip().toUpperCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
    SpineRegion region = entry.getSpineRegion();
    if (type.asks(ProcedureField.VERTEBRAL_BODIES)) {
      region = chosen.isEmpty() ? null : ProcedureDetails.regionOfBody(type, chosen.get(0));
    } else if (!type.asks(ProcedureField.SPINE_REGION)) {
      region = type.getRegions().size() == 1 ? type.getRegions().iterator().next() : null;
    }
    int levels = chosen.size();
    Map<Quantity, Integer> counts = new EnumMap<>(Quantity.class);
    if (entry.getCounts() != null) {
      entry
          .getCounts()
          .forEach(
              (q, n) -> {
                if (q != null && n != null) {
                  counts.put(q, n);
                }
              });
    }
    return new CodingFacts(guidance, region, entry.getLaterality(), levels, counts);
  }

  /**
   * The details a procedure asks for that these facts still lack, by their titles, for a preview
   * that says what it waits for.
   */
  public List<String> missingFor(ProcedureType type) {
    List<String> missing = new ArrayList<>();
    if (type.asks(ProcedureField.SPINE_REGION) && region == null) {
      missing.add("the spine region");
    }
    if (type.asks(ProcedureField.LEVELS) && levels == 0) {
      missing.add("the levels");
    }
    if (type.asks(ProcedureField.LATERALITY) && side == null) {
      missing.add("the side");
    }
    if (type.asks(ProcedureField.GUIDANCE) && guidance == null) {
      missing.add("the guidance");
    }
    for (Quantity q : type.getQuantities()) {
      if (!q.optional() && !counts.containsKey(q)) {
        missing.add(q.title().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return missing;
  }

  /**
   * The value a rule's condition or count reads, by its key: the enum's name for guidance, region
   * and side, a number for levels and quantities; null when the entry has none.
   */
  Object valueOf(String key) {
    return switch (key) {
      case GUIDANCE -> guidance == null ? null : guidance.name();
      case REGION -> region == null ? null : region.name();
      case SIDE -> side == null ? null : side.name();
      case LEVELS -> levels;
      default ->
          Quantity.byKey(key)
              .map(q -> counts.getOrDefault(q, q.optional() ? 0 : null))
              .orElse(null);
    };
  }

  /** A number to count with; what is missing counts as none. */
  int count(String key) {
    return valueOf(key) instanceof Integer n ? n : 0;
  }
}
