package org.continuum.procedure.application;

import static org.continuum.audit.domain.AuditEventType.PROCEDURE_LOGS_IMPORTED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.domain.AgeBand;
import org.continuum.procedure.domain.ClinicalSetting;
import org.continuum.procedure.domain.Complication;
import org.continuum.procedure.domain.Guidance;
import org.continuum.procedure.domain.Laterality;
import org.continuum.procedure.domain.LogEntry;
import org.continuum.procedure.domain.LogSource;
import org.continuum.procedure.domain.PatientIdentifierGuard;
import org.continuum.procedure.domain.PatientSex;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.procedure.domain.ProcedureType;
import org.continuum.procedure.domain.SpineRegion;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.FacultyAppointments;
import org.continuum.program.domain.FacultyRow;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.DomainException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Titled;

/**
 * Imports historical case logs from CSV for a program. First every row is checked, and every
 * problem reported with its line and column; nothing is written. Then the checked rows are written
 * in chunks (so the screen can show progress). Each row carries a key made from the file and its
 * line, so importing the same file again, or resuming an interrupted import, never duplicates an
 * entry.
 */
@ApplicationScoped
@Transactional
public class CaseLogImport {

  public static final int MAX_ROWS = 200_000;

  /** Rows written in one transaction: the page's progress step and the API's. */
  public static final int CHUNK = 500;

  public static final List<String> COLUMNS =
      List.of(
          "date",
          "trainee",
          "procedure",
          "role",
          "setting",
          "supervisor",
          "spine_region",
          "levels",
          "laterality",
          "guidance",
          "age_band",
          "sex",
          "diagnosis",
          "complications",
          "note",
          "status");

  private static final List<String> REQUIRED =
      List.of("date", "trainee", "procedure", "role", "setting", "supervisor", "age_band", "sex");

  private static final Map<String, String> FIELD_TO_COLUMN =
      Map.ofEntries(
          Map.entry("procedureTypeId", "procedure"),
          Map.entry("performedOn", "date"),
          Map.entry("supervisorId", "supervisor"),
          Map.entry("role", "role"),
          Map.entry("setting", "setting"),
          Map.entry("spineRegion", "spine_region"),
          Map.entry("levels", "levels"),
          Map.entry("laterality", "laterality"),
          Map.entry("guidance", "guidance"),
          Map.entry("ageBand", "age_band"),
          Map.entry("sex", "sex"),
          Map.entry("diagnosisCode", "diagnosis"),
          Map.entry("note", "note"));

  /** A checked row, ready to write. */
  public record Row(int line, long traineeId, LogEntry entry, boolean verified, String key)
      implements Serializable {}

  /** A problem with one cell (or the whole row, when column is null). */
  public record Problem(int line, String column, String message) implements Serializable {}

  /** What checking a file found. */
  public record Check(String fileName, int rows, List<Row> valid, List<Problem> problems)
      implements Serializable {

    public boolean clean() {
      return problems.isEmpty();
    }
  }

  /** What writing a chunk did. */
  public record Written(int imported, int alreadyImported) {}

  @Inject Clock clock;
  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject Enrollments enrollments;
  @Inject FacultyAppointments appointments;
  @Inject ProcedureCatalogRepository catalog;
  @Inject CatalogCache catalogCache;
  @Inject ProcedureLogRepository logs;
  @Inject IdentifierGuards guards;
  @Inject AuditTrail audit;

  public Check check(long programId, String fileName, byte[] content) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
    String fileKey = HexFormat.of().formatHex(sha256(content)).substring(0, 20);
    Lookups lookups = lookups(programId);
    List<Row> valid = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int rows = 0;
    String text = new String(content, StandardCharsets.UTF_8).replace("\ufeff", "");
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> header = lowerCaseHeader(parser.getHeaderMap());
      List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        problems.add(
            new Problem(
                1, null, "The header row lacks the column(s) " + String.join(", ", missing) + "."));
        return new Check(fileName, 0, List.of(), problems);
      }
      for (CSVRecord record : parser) {
        rows++;
        if (rows > MAX_ROWS) {
          problems.add(
              new Problem(
                  (int) record.getRecordNumber() + 1,
                  null,
                  "More than " + MAX_ROWS + " rows: split the file."));
          break;
        }
        int line = (int) record.getRecordNumber() + 1;
        List<Problem> rowProblems = new ArrayList<>();
        Row row = row(programId, record, header, line, fileKey, lookups, rowProblems);
        if (rowProblems.isEmpty() && row != null) {
          valid.add(row);
        } else {
          problems.addAll(rowProblems);
        }
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      problems.add(
          new Problem(
              0,
              null,
              "The file could not be read as CSV (comma-separated, UTF-8, a header row first)."));
    }
    return new Check(fileName, rows, valid, problems);
  }

  /**
   * Writes checked rows in one transaction; rows already imported (same file, same line) are
   * skipped.
   */
  public Written write(long programId, List<Row> rows) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
    PatientIdentifierGuard guard = guards.guard();
    LocalDate today = time.today();
    Instant now = clock.instant();
    int skipped = 0;
    Set<String> known =
        logs.knownKeys(
            rows.stream().map(Row::traineeId).distinct().toList(),
            rows.stream().map(Row::key).toList());
    List<ProcedureLog> fresh = new ArrayList<>(rows.size());
    for (Row row : rows) {
      if (known.contains(row.traineeId() + " " + row.key())) {
        skipped++;
        continue;
      }
      ProcedureType type = catalog.findType(row.entry().procedureTypeId()).orElseThrow();
      ProcedureLog log =
          ProcedureLog.submit(
              programId, row.traineeId(), row.entry(), type, guard, today, now, LogSource.IMPORT);
      log.identifyRequest(row.key(), null);
      if (row.verified()) {
        log.verify(row.entry().supervisorId(), now);
      }
      fresh.add(log);
    }
    logs.addAll(fresh);
    int imported = fresh.size();
    if (imported > 0) {
      audit.record(PROCEDURE_LOGS_IMPORTED, "program", programId, programId, imported + " entries");
    }
    return new Written(imported, skipped);
  }

  private Row row(
      long programId,
      CSVRecord record,
      Map<String, Integer> header,
      int line,
      String fileKey,
      Lookups lookups,
      List<Problem> problems) {
    Cells cells = new Cells(record, header, line, problems);
    LocalDate date = cells.date("date");
    Long trainee =
        cells.lookup(
            "trainee", lookups.trainees(), "is not a trainee of this program (give the username)");
    Long supervisor =
        cells.lookup(
            "supervisor", lookups.faculty(), "is not faculty of this program (give the username)");
    Long procedure =
        cells.lookup(
            "procedure",
            lookups.procedures(),
            "is not in the catalog or matches more than one procedure (give its code, such as"
                + " TFESI-LS, or its CPT)");
    TraineeRole role = cells.choice("role", TraineeRole.class, true);
    ClinicalSetting setting = cells.choice("setting", ClinicalSetting.class, true);
    SpineRegion region = cells.choice("spine_region", SpineRegion.class, false);
    Laterality laterality = cells.choice("laterality", Laterality.class, false);
    Guidance guidance = cells.choice("guidance", Guidance.class, false);
    AgeBand age = cells.choice("age_band", AgeBand.class, true);
    PatientSex sex = cells.choice("sex", PatientSex.class, true);
    Set<Complication> complications = cells.complications("complications");
    String status = cells.text("status").toLowerCase(Locale.ROOT);
    if (!status.isEmpty() && !status.equals("pending") && !status.equals("verified")) {
      problems.add(new Problem(line, "status", "Status must be pending or verified."));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    LogEntry entry =
        new LogEntry(
            procedure,
            date,
            supervisor,
            role,
            setting,
            region,
            cells.levels("levels"),
            laterality,
            guidance,
            age,
            sex,
            cells.text("diagnosis"),
            complications,
            cells.text("note"));
    try {
      ProcedureType type = catalog.findType(procedure).orElseThrow();
      // the domain's own checks, without writing anything
      ProcedureLog.submit(
          programId,
          trainee,
          entry,
          type,
          guards.guard(),
          time.today(),
          clock.instant(),
          LogSource.IMPORT);
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              error ->
                  problems.add(
                      new Problem(
                          line,
                          FIELD_TO_COLUMN.getOrDefault(error.field(), error.field()),
                          error.message())));
      return null;
    } catch (DomainException e) {
      problems.add(new Problem(line, null, e.userMessage()));
      return null;
    }
    return new Row(
        line, trainee, entry, status.equals("verified"), "import:" + fileKey + ":" + line);
  }

  /** Usernames and procedure names to ids, read once per file. */
  private record Lookups(
      Map<String, Long> trainees, Map<String, Long> faculty, Map<String, Long> procedures) {}

  private Lookups lookups(long programId) {
    Map<String, Long> trainees = new HashMap<>();
    enrollments
        .wholeRoster(programId, enrollments.currentAcademicYear(), Map.of("status", "ALL"))
        .forEach(r -> trainees.put(r.username(), r.traineeId()));
    Map<String, Long> faculty = new HashMap<>();
    for (FacultyRow f : appointments.list(programId)) {
      faculty.put(f.username(), f.facultyId());
    }
    Map<String, Long> procedures = new HashMap<>();
    Map<String, Integer> ambiguous = new HashMap<>();
    for (ProcedureOption o : catalogCache.options()) {
      procedures.put(o.code().toLowerCase(Locale.ROOT), o.id());
      List<String> aliases = new ArrayList<>(List.of(o.searchTerms().split(" ")));
      o.cptCodes().forEach(cpt -> aliases.add(cpt.replace("+", "")));
      for (String alias : aliases) {
        if (!alias.isBlank()) {
          ambiguous.merge(alias.toLowerCase(Locale.ROOT), 1, Integer::sum);
          procedures.putIfAbsent(alias.toLowerCase(Locale.ROOT), o.id());
        }
      }
    }
    // an abbreviation two procedures share (e.g. "rfa") does not pick either
    ambiguous.forEach(
        (alias, count) -> {
          if (count > 1
              && catalogCache.options().stream().noneMatch(o -> o.code().equalsIgnoreCase(alias))) {
            procedures.remove(alias);
          }
        });
    return new Lookups(trainees, faculty, procedures);
  }

  private static Map<String, Integer> lowerCaseHeader(Map<String, Integer> header) {
    Map<String, Integer> lower = new HashMap<>();
    header.forEach(
        (name, index) -> lower.put(name.strip().toLowerCase(Locale.ROOT).replace(' ', '_'), index));
    return lower;
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads and converts the cells of one row, noting each problem with its column. */
  private static final class Cells {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

    private final CSVRecord record;
    private final Map<String, Integer> header;
    private final int line;
    private final List<Problem> problems;

    Cells(CSVRecord record, Map<String, Integer> header, int line, List<Problem> problems) {
      this.record = record;
      this.header = header;
      this.line = line;
      this.problems = problems;
    }

    String text(String column) {
      Integer index = header.get(column);
      if (index == null || index >= record.size()) {
        return "";
      }
      return record.get(index).strip();
    }

    LocalDate date(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        problems.add(new Problem(line, column, "Date is required."));
        return null;
      }
      try {
        return value.contains("/") ? LocalDate.parse(value, US_DATE) : LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        problems.add(
            new Problem(
                line, column, "'" + value + "' is not a date: write 2026-07-14 or 7/14/2026."));
        return null;
      }
    }

    Long lookup(String column, Map<String, Long> ids, String notFound) {
      String value = text(column).toLowerCase(Locale.ROOT);
      if (value.isEmpty()) {
        problems.add(new Problem(line, column, capitalised(column) + " is required."));
        return null;
      }
      Long id = ids.get(value);
      if (id == null) {
        problems.add(new Problem(line, column, "'" + text(column) + "' " + notFound + "."));
      }
      return id;
    }

    <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
      String value = text(column);
      if (value.isEmpty()) {
        if (required) {
          problems.add(new Problem(line, column, capitalised(column) + " is required."));
        }
        return null;
      }
      Enum<?> found = CHOICES.get(type).get(normal(value));
      if (found != null) {
        return type.cast(found);
      }
      List<String> allowed = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        allowed.add(title(constant));
      }
      problems.add(
          new Problem(
              line, column, "'" + value + "' is not one of: " + String.join(", ", allowed) + "."));
      return null;
    }

    List<String> levels(String column) {
      String value = text(column);
      return value.isEmpty() ? List.of() : List.of(value.split("[;,\\s]+"));
    }

    Set<Complication> complications(String column) {
      String value = text(column);
      Set<Complication> set = EnumSet.noneOf(Complication.class);
      if (value.isEmpty() || value.equalsIgnoreCase("none")) {
        return set;
      }
      for (String part : value.split("[;,]+")) {
        String wanted = normal(part);
        Complication found = null;
        for (Complication c : Complication.values()) {
          if (normal(c.name()).equals(wanted) || normal(c.title()).equals(wanted)) {
            found = c;
          }
        }
        if (found == null) {
          problems.add(
              new Problem(line, column, "'" + part.strip() + "' is not a known complication."));
        } else {
          set.add(found);
        }
      }
      return set;
    }

    /** Each enum's constants by their name and title, normalised: read once per type. */
    private static final ClassValue<Map<String, Enum<?>>> CHOICES =
        new ClassValue<>() {
          @Override
          protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
              Enum<?> e = (Enum<?>) constant;
              byName.putIfAbsent(normal(e.name()), e);
              byName.putIfAbsent(normal(title(e)), e);
            }
            return byName;
          }
        };

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9+]");

    private static String normal(String text) {
      return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String title(Enum<?> constant) {
      return constant instanceof Titled titled ? titled.title() : constant.name();
    }

    private static String capitalised(String column) {
      String words = column.replace('_', ' ');
      return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
  }
}
