package org.continuum.procedure.application;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.continuum.procedure.domain.Guidance;
import org.continuum.procedure.domain.ProcedureField;
import org.continuum.procedure.domain.ProcedureType;
import org.continuum.procedure.domain.SpineRegion;

/** A catalog entry as the logging screen and the API show it. */
public record ProcedureOption(
    long id,
    String code,
    String name,
    long categoryId,
    String categoryCode,
    String categoryName,
    List<String> cptCodes,
    String searchTerms,
    Set<ProcedureField> fields,
    List<SpineRegion> regions,
    List<Guidance> guidanceOptions,
    Guidance defaultGuidance,
    int maxLevels,
    boolean active)
    implements Serializable {

  static ProcedureOption of(ProcedureType t) {
    return new ProcedureOption(
        t.getId(),
        t.getCode(),
        t.getName(),
        t.getCategory().getId(),
        t.getCategory().getCode(),
        t.getCategory().getName(),
        t.getCptCodes(),
        t.getSearchTerms(),
        Set.copyOf(t.getFields()),
        List.copyOf(t.getRegions()),
        List.copyOf(t.getGuidanceOptions()),
        t.getDefaultGuidance(),
        t.getMaxLevels(),
        t.isActive());
  }

  public String primaryCpt() {
    return cptCodes.stream().filter(c -> !c.startsWith("+")).findFirst().orElse("");
  }

  /** "64483, +64484" */
  public String cptText() {
    return String.join(", ", cptCodes);
  }

  /** "TFESI, transforaminal ... (64483)" style label for pickers. */
  public String label() {
    return name + " (" + primaryCpt() + ")";
  }

  public boolean asksRegion() {
    return fields.contains(ProcedureField.SPINE_REGION);
  }

  public boolean asksLevels() {
    return fields.contains(ProcedureField.LEVELS);
  }

  public boolean asksLaterality() {
    return fields.contains(ProcedureField.LATERALITY);
  }

  public boolean asksGuidance() {
    return fields.contains(ProcedureField.GUIDANCE);
  }

  /** The region the levels belong to when the procedure does not ask (it has just one). */
  public SpineRegion impliedRegion() {
    return regions.size() == 1 ? regions.get(0) : null;
  }
}
