package org.continuum.procedure.application;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.continuum.procedure.domain.Guidance;
import org.continuum.procedure.domain.ProcedureField;
import org.continuum.procedure.domain.ProcedureType;
import org.continuum.procedure.domain.Quantity;
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
    List<Quantity> quantities,
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
        List.copyOf(t.getQuantities()),
        t.isActive());
  }

  /**
   * The codes a case of this procedure may be logged as, without add-ons, for pickers:
   * "62322/62323", "95907-95913"; which one an entry gets follows from its details.
   */
  public String mainCodes() {
    List<String> main = cptCodes.stream().filter(c -> !c.startsWith("+")).toList();
    if (main.size() > 3) {
      return main.get(0) + "-" + main.get(main.size() - 1);
    }
    return String.join("/", main);
  }

  /** "Transforaminal epidural injection, lumbar or sacral (64483)" for pickers. */
  public String label() {
    return name + " (" + mainCodes() + ")";
  }

  public boolean asksRegion() {
    return fields.contains(ProcedureField.SPINE_REGION);
  }

  public boolean asksLevels() {
    return fields.contains(ProcedureField.LEVELS);
  }

  /** Whether the levels are vertebral bodies (T12, L1) rather than segments (L4-L5). */
  public boolean countsBodies() {
    return fields.contains(ProcedureField.VERTEBRAL_BODIES);
  }

  public boolean asksLaterality() {
    return fields.contains(ProcedureField.LATERALITY);
  }

  public boolean asksGuidance() {
    return fields.contains(ProcedureField.GUIDANCE);
  }

  /** The question for the site treated ("Joint or bursa"), or null if the procedure asks none. */
  public String siteLabel() {
    return fields.stream()
        .filter(ProcedureField::isSite)
        .map(ProcedureField::siteTitle)
        .findFirst()
        .orElse(null);
  }

  public boolean asksContrast() {
    return fields.contains(ProcedureField.CONTRAST);
  }

  public boolean asksSedation() {
    return fields.contains(ProcedureField.SEDATION);
  }

  public boolean asksTrialRelief() {
    return fields.contains(ProcedureField.TRIAL_RELIEF);
  }

  /** Whether a case with this guidance is done under fluoroscopy (as the domain decides it). */
  public boolean underFluoroscopy(Guidance guidance) {
    return ProcedureField.underFluoroscopy(fields, guidance);
  }

  /** The region the levels belong to when the procedure does not ask (it has just one). */
  public SpineRegion impliedRegion() {
    return regions.size() == 1 ? regions.get(0) : null;
  }
}
