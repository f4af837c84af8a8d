package org.continuum.procedure.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuum.shared.domain.Titled;

/**
 * The columns of a case log file, declared once for import and export: each column's name in an
 * imported file and in the exported one, whether an import must have it, the entry field it fills
 * (the field a refusal names), how its cells read and what it exports. In the order the import page
 * lists them; {@link #EXPORTED} gives the export's order, the accreditor-style one (date, CPT,
 * procedure, role, site, attending, trainee first).
 */
public enum CaseLogColumn {
  DATE(
      "date",
      "date",
      true,
      Cell.value("performedOn", LocalDate.class, LogEntry::setPerformedOn),
      LogRow::performedOn),
  TRAINEE("trainee", "trainee", true, Cell.TRAINEE, LogRow::traineeName),
  PROCEDURE("procedure", "procedure", true, Cell.PROCEDURE, LogRow::procedureName),
  ROLE(
      "role",
      "role",
      true,
      Cell.value("role", TraineeRole.class, LogEntry::setRole),
      d(ProcedureDetails::getRole)),
  SETTING(
      "setting",
      "site",
      true,
      Cell.value("setting", ClinicalSetting.class, LogEntry::setSetting),
      d(ProcedureDetails::getSetting)),
  SUPERVISOR("supervisor", "attending", true, Cell.SUPERVISOR, LogRow::supervisorName),
  SPINE_REGION(
      "spine_region",
      "spine_region",
      false,
      Cell.value("spineRegion", SpineRegion.class, LogEntry::setSpineRegion),
      d(ProcedureDetails::getSpineRegion)),
  LEVELS(
      "levels",
      "levels",
      false,
      Cell.list("levels", LogEntry::setLevels),
      d(ProcedureDetails::getLevels)),
  LATERALITY(
      "laterality",
      "laterality",
      false,
      Cell.value("laterality", Laterality.class, LogEntry::setLaterality),
      d(ProcedureDetails::getLaterality)),
  GUIDANCE(
      "guidance",
      "guidance",
      false,
      Cell.value("guidance", Guidance.class, LogEntry::setGuidance),
      d(ProcedureDetails::getGuidance)),
  /** Counted details as "studies=6 emg-limbs=2" (keys as coding rules name them). */
  COUNTS(
      "counts",
      "counts",
      false,
      new Cell(Kind.COUNTS, "counts", Quantity.class, (e, v) -> e.setCounts(counts(v))),
      d(ProcedureDetails::getCounts)),
  AGE_BAND(
      "age_band",
      "age_band",
      true,
      Cell.value("ageBand", AgeBand.class, LogEntry::setAgeBand),
      d(ProcedureDetails::getAgeBand)),
  SEX(
      "sex",
      "sex",
      true,
      Cell.value("sex", PatientSex.class, LogEntry::setSex),
      d(ProcedureDetails::getSex)),
  /** Up to three ICD-10-CM codes, the principal first ("M54.16 M48.062"). */
  DIAGNOSIS(
      "diagnosis",
      "diagnosis",
      false,
      Cell.list("diagnosisCodes", LogEntry::setDiagnosisCodes),
      d(ProcedureDetails::getDiagnosisCodes)),
  COMPLICATIONS(
      "complications",
      "complications",
      false,
      Cell.set("complications", Complication.class, LogEntry::setComplications),
      d(ProcedureDetails::getComplications)),
  /** The words for what happened; required with "Other". */
  COMPLICATION_NOTE(
      "complication_note",
      "complication_note",
      false,
      Cell.value("complicationNote", String.class, LogEntry::setComplicationNote),
      d(ProcedureDetails::getComplicationNote)),
  /** The joint, muscles or nerve, in words ("site" is the clinical setting, as accreditors say). */
  BODY_SITE(
      "body_site",
      "body_site",
      false,
      Cell.value("site", String.class, LogEntry::setSite),
      d(ProcedureDetails::getSite)),
  CONTRAST(
      "contrast",
      "contrast",
      false,
      Cell.value("contrastUsed", Boolean.class, LogEntry::setContrastUsed),
      d(ProcedureDetails::getContrastUsed)),
  SEDATION(
      "sedation",
      "sedation",
      false,
      Cell.value("sedation", Sedation.class, LogEntry::setSedation),
      d(ProcedureDetails::getSedation)),
  FLUORO_SECONDS(
      "fluoro_seconds",
      "fluoro_seconds",
      false,
      Cell.value("fluoroSeconds", BigDecimal.class, LogEntry::setFluoroSeconds),
      d(ProcedureDetails::getFluoroSeconds)),
  FLUORO_DOSE(
      "fluoro_dose_mgy",
      "fluoro_dose_mgy",
      false,
      Cell.value("fluoroDoseMgy", BigDecimal.class, LogEntry::setFluoroDoseMgy),
      d(ProcedureDetails::getFluoroDoseMgy)),
  TRIAL_RELIEF(
      "trial_relief_percent",
      "trial_relief_percent",
      false,
      Cell.value("trialReliefPercent", Integer.class, LogEntry::setTrialReliefPercent),
      d(ProcedureDetails::getTrialReliefPercent)),
  NOTE("note", null, false, Cell.value("note", String.class, LogEntry::setNote), null),
  STATUS("status", "status", false, Cell.STATUS, LogRow::status),
  /** The primary code with its modifier ("64483-50"). */
  PRIMARY_CPT(null, "primary_cpt", false, Cell.NONE, row -> codes(row, true)),
  /**
   * Every code with its count, the primary first ("64483; +64484 x2"). An imported file may carry
   * it: a row whose codes are not the ones its details give is refused.
   */
  CPT_CODES("cpt_codes", "cpt_codes", false, Cell.CODES, row -> codes(row, false)),
  /** Which version of the coding rules gave the codes ("core:1"). */
  CODING_RULES(
      null,
      "coding_rules",
      false,
      Cell.NONE,
      row -> row.codedAs() == null ? null : row.codedAs().rules()),
  /** Who vouched for an entry imported as verified in a previous system. */
  ATTESTED_BY(null, "attested_by", false, Cell.NONE, LogRow::attestedByName),
  IMPORT_FILE_SHA256(null, "import_file_sha256", false, Cell.NONE, LogRow::importFileSha256);

  /** The exported file's columns, in order. */
  public static final List<CaseLogColumn> EXPORTED =
      List.of(
          DATE,
          PRIMARY_CPT,
          CPT_CODES,
          PROCEDURE,
          ROLE,
          SETTING,
          SUPERVISOR,
          TRAINEE,
          STATUS,
          SPINE_REGION,
          LEVELS,
          LATERALITY,
          BODY_SITE,
          GUIDANCE,
          COUNTS,
          CONTRAST,
          SEDATION,
          FLUORO_SECONDS,
          FLUORO_DOSE,
          TRIAL_RELIEF,
          AGE_BAND,
          SEX,
          DIAGNOSIS,
          COMPLICATIONS,
          COMPLICATION_NOTE,
          CODING_RULES,
          ATTESTED_BY,
          IMPORT_FILE_SHA256);

  /** The columns an imported file may have, in the order the import page names them. */
  public static final List<CaseLogColumn> IMPORTED =
      List.of(values()).stream().filter(c -> c.importName != null).toList();

  private final String importName;
  private final String exportName;
  private final boolean required;
  private final Cell cell;
  private final Function<LogRow, Object> exported;

  CaseLogColumn(
      String importName,
      String exportName,
      boolean required,
      Cell cell,
      Function<LogRow, Object> exported) {
    this.importName = importName;
    this.exportName = exportName;
    this.required = required;
    this.cell = cell;
    this.exported = exported;
  }

  /**
   * How a column's cells read: as a value of a type (a date, a choice among an enum's constants, a
   * text), a list of words, a set of choices, or a name the program resolves (a trainee, a
   * supervisor, a procedure), and which entry field the value fills.
   */
  public record Cell(Kind kind, String field, Class<?> type, BiConsumer<LogEntry, Object> into) {

    static final Cell TRAINEE = new Cell(Kind.TRAINEE, null, Long.class, (e, v) -> {});
    static final Cell SUPERVISOR =
        new Cell(
            Kind.SUPERVISOR, "supervisorId", Long.class, (e, v) -> e.setSupervisorId((Long) v));
    static final Cell PROCEDURE =
        new Cell(
            Kind.PROCEDURE,
            "procedureTypeId",
            Long.class,
            (e, v) -> e.setProcedureTypeId((Long) v));
    static final Cell STATUS = new Cell(Kind.STATUS, null, ImportedStatus.class, (e, v) -> {});
    static final Cell NONE = new Cell(Kind.NONE, null, Void.class, (e, v) -> {});
    static final Cell CODES = new Cell(Kind.CODES, "codedAs", String.class, (e, v) -> {});

    static <T> Cell value(String field, Class<T> type, BiConsumer<LogEntry, T> into) {
      return new Cell(Kind.VALUE, field, type, (e, v) -> into.accept(e, type.cast(v)));
    }

    @SuppressWarnings("unchecked")
    static Cell list(String field, BiConsumer<LogEntry, List<String>> into) {
      return new Cell(Kind.LIST, field, String.class, (e, v) -> into.accept(e, (List<String>) v));
    }

    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> Cell set(
        String field, Class<E> type, BiConsumer<LogEntry, Set<E>> into) {
      return new Cell(Kind.SET, field, type, (e, v) -> into.accept(e, (Set<E>) v));
    }
  }

  /** What a cell holds. */
  public enum Kind {
    VALUE,
    LIST,
    SET,
    TRAINEE,
    SUPERVISOR,
    PROCEDURE,
    STATUS,
    /** Counted details, "studies=6 emg-limbs=2". */
    COUNTS,
    /** Codes as the export writes them, checked against the codes the details give. */
    CODES,
    NONE;

    /** A name the program resolves to an id: a trainee, a supervisor, a procedure. */
    public boolean isName() {
      return this == TRAINEE || this == SUPERVISOR || this == PROCEDURE;
    }
  }

  /** The status an imported row asks for. */
  public enum ImportedStatus {
    PENDING,
    VERIFIED
  }

  /** The column's header in an imported file, if it can be imported. */
  public Optional<String> importName() {
    return Optional.ofNullable(importName);
  }

  /**
   * The export's name for an importable column when it differs ("site" for "setting"), so an
   * exported file imports as it is.
   */
  public Optional<String> exportAlias() {
    return importName != null && exportName != null && !exportName.equals(importName)
        ? Optional.of(exportName)
        : Optional.empty();
  }

  /**
   * Whether an exported code list says the same codes as these ("64483; +64484 x2" and "64483,
   * +64484 x2" do): separators and spacing aside.
   */
  public static boolean sameCodes(String written, CodedAs coded) {
    return normalCodes(written).equals(normalCodes(coded.label()));
  }

  private static List<String> normalCodes(String text) {
    return Arrays.stream(text.split("[;,]"))
        .map(c -> c.replaceAll("\\s+", "").toUpperCase(Locale.ROOT))
        .filter(c -> !c.isEmpty())
        .toList();
  }

  public String exportName() {
    return exportName;
  }

  public boolean required() {
    return required;
  }

  public Cell cell() {
    return cell;
  }

  /** Puts the column's value into the entry. */
  public void fill(LogEntry entry, Object value) {
    if (value != null) {
      cell.into().accept(entry, value);
    }
  }

  /** The column's text for an exported row: titles for choices, levels separated by spaces. */
  public String export(LogRow row) {
    Object value = exported == null ? null : exported.apply(row);
    if (value == null) {
      return "";
    }
    if (value instanceof Titled titled) {
      return titled.title();
    }
    if (value instanceof Boolean yes) {
      return yes ? "yes" : "no";
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Map<?, ?> counts) {
      return countsText(counts);
    }
    if (value instanceof Collection<?> many) {
      // choices by their titles, which may hold spaces, so "; " between them; words by spaces
      return many.stream().anyMatch(Titled.class::isInstance)
          ? many.stream()
              .map(v -> v instanceof Titled t ? t.title() : String.valueOf(v))
              .collect(Collectors.joining("; "))
          : many.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
    return value.toString();
  }

  /**
   * The column an entry field is read from, for naming a refusal where the importer wrote it; the
   * field itself when no column fills it.
   */
  public static String columnOf(String field) {
    for (CaseLogColumn c : IMPORTED) {
      if (field.equals(c.cell.field())) {
        return c.importName;
      }
    }
    return field;
  }

  private static String codes(LogRow row, boolean primaryOnly) {
    CodedAs coded = row.codedAs();
    if (coded == null) {
      return null;
    }
    if (primaryOnly) {
      BilledCode primary = coded.primary();
      return primary.code() + (primary.modifier() == null ? "" : "-" + primary.modifier());
    }
    return coded.codes().stream().map(BilledCode::label).collect(Collectors.joining("; "));
  }

  /** "studies=6 emg-limbs=2", in the order quantities are declared. */
  private static String countsText(Map<?, ?> counts) {
    return new EnumMap<>(counts(counts))
        .entrySet().stream()
            .map(e -> e.getKey().key() + "=" + e.getValue())
            .collect(Collectors.joining(" "));
  }

  @SuppressWarnings("unchecked")
  private static Map<Quantity, Integer> counts(Object value) {
    return (Map<Quantity, Integer>) value;
  }

  private static Function<LogRow, Object> d(Function<ProcedureDetails, Object> detail) {
    return row -> detail.apply(row.details());
  }
}
