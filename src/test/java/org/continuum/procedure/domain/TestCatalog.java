package org.continuum.procedure.domain;

import java.util.List;
import java.util.Set;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.PatientIdentifierGuard;
import org.continuum.shared.domain.TestGuard;
import org.continuum.testsupport.EntityIds;

/** Catalog entries for unit tests, shaped like the seed catalog's, with ids as if stored. */
public final class TestCatalog {

  public static final ProcedureCategory EPIDURAL =
      withId(new ProcedureCategory("EPIDURAL", "Epidural steroid injections", 1), 1);
  public static final ProcedureCategory EDX =
      withId(new ProcedureCategory("ELECTRODIAGNOSTIC", "Electrodiagnostic consultations", 2), 2);

  public static final ProcedureType TFESI_LS =
      type(
          11,
          "TFESI-LS",
          "Transforaminal epidural injection, lumbar or sacral",
          EPIDURAL,
          List.of("64483", "+64484"),
          List.of("tfesi", "transforaminal", "epidural"),
          Set.of(
              ProcedureField.SPINE_REGION,
              ProcedureField.LEVELS,
              ProcedureField.LATERALITY,
              ProcedureField.GUIDANCE),
          Set.of(SpineRegion.LUMBAR, SpineRegion.SACRAL),
          Set.of(Guidance.FLUOROSCOPY, Guidance.CT),
          Guidance.FLUOROSCOPY,
          2);

  public static final ProcedureType EDX_CONSULT =
      type(
          21,
          "EDX-CONSULT",
          "Electrodiagnostic consultation: nerve conduction studies and needle EMG",
          EDX,
          List.of(
              "95907", "95908", "95909", "95910", "95911", "95912", "95913", "+95885", "+95886",
              "+95887"),
          List.of("emg", "ncs", "edx"),
          Set.of(ProcedureField.LATERALITY),
          Set.of(),
          Set.of(),
          null,
          0,
          Set.of(
              Quantity.NERVE_STUDIES,
              Quantity.EMG_LIMBS,
              Quantity.LIMITED_EMG_LIMBS,
              Quantity.NON_LIMB_EMG));

  /**
   * Medial branch blocks as the catalog offered them before coding rules: with ultrasound, which
   * their codes do not include.
   */
  public static final ProcedureType MBB_LS_BEFORE_CORRECTION =
      type(
          31,
          "MBB-LS",
          "Facet joint injection or medial branch block, lumbar or sacral",
          EPIDURAL,
          List.of("64493", "+64494", "+64495"),
          List.of(),
          Set.of(
              ProcedureField.SPINE_REGION,
              ProcedureField.LEVELS,
              ProcedureField.LATERALITY,
              ProcedureField.GUIDANCE),
          Set.of(SpineRegion.LUMBAR),
          Set.of(Guidance.FLUOROSCOPY, Guidance.ULTRASOUND),
          Guidance.FLUOROSCOPY,
          3);

  private TestCatalog() {}

  public static final PatientIdentifierGuard GUARD = TestGuard.GUARD;

  /** The identifier check and the bundled coding rules, as entries are logged with. */
  public static final LogChecks CHECKS =
      new LogChecks(
          GUARD, SeedCatalog.RULES, SeedCatalog.DIAGNOSES, FluoroscopyRecording.NOT_ASKED, false);

  public static ProcedureType type(
      long id,
      String code,
      String name,
      ProcedureCategory category,
      List<String> cpt,
      List<String> terms,
      Set<ProcedureField> fields,
      Set<SpineRegion> regions,
      Set<Guidance> guidance,
      Guidance defaultGuidance,
      int maxLevels) {
    return type(
        id,
        code,
        name,
        category,
        cpt,
        terms,
        fields,
        regions,
        guidance,
        defaultGuidance,
        maxLevels,
        Set.of());
  }

  public static ProcedureType type(
      long id,
      String code,
      String name,
      ProcedureCategory category,
      List<String> cpt,
      List<String> terms,
      Set<ProcedureField> fields,
      Set<SpineRegion> regions,
      Set<Guidance> guidance,
      Guidance defaultGuidance,
      int maxLevels,
      Set<Quantity> quantities) {
    ProcedureType type = new ProcedureType(code, category);
    type.describe(
        name,
        category,
        cpt,
        terms,
        fields,
        regions,
        guidance,
        defaultGuidance,
        maxLevels,
        quantities);
    return withId(type, id);
  }

  public static <T extends BaseEntity> T withId(T entity, long id) {
    return EntityIds.withId(entity, id);
  }
}
