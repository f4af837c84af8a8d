package org.continuum.procedure.application;

import static org.continuum.audit.domain.AuditEventType.PROCEDURE_LOGS_IMPORTED;
import static org.continuum.audit.domain.AuditEventType.PROCEDURE_LOG_IMPORTED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.domain.CaseLogColumn;
import org.continuum.procedure.domain.CaseLogColumn.ImportedStatus;
import org.continuum.procedure.domain.ImportAttestation;
import org.continuum.procedure.domain.LogChecks;
import org.continuum.procedure.domain.LogEntry;
import org.continuum.procedure.domain.LogSource;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.procedure.domain.ProcedureType;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.FacultyAppointments;
import org.continuum.program.domain.FacultyRow;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.ActorProvider;
import org.continuum.shared.domain.DomainException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Sha256;
import org.continuum.shared.domain.Wording;

/**
 * Imports historical case logs for a program. First every row is checked, and every problem
 * reported with its line and column; nothing is written. Then the checked rows are written in
 * chunks (so the screen can show progress). Each row carries a key made from the file and its line,
 * so importing the same file again, or resuming an interrupted import, never duplicates an entry.
 * Reading the file's cells is the {@link CaseLogReader}'s; the columns are {@link CaseLogColumn}'s.
 */
@ApplicationScoped
@Transactional
public class CaseLogImport {

  public static final int MAX_ROWS = 200_000;

  /** Rows written in one transaction: the page's progress step and the API's. */
  public static final int CHUNK = 500;

  /**
   * A checked row, ready to write.
   *
   * @param verified whether the previous system had verified it: it is imported as such, attested
   *     by the importer, never as verified by its supervisor here
   */
  public record CheckedRow(int line, long traineeId, LogEntry entry, boolean verified, String key)
      implements Serializable {}

  /** What checking a file for a program found: the rows to write, and every problem. */
  public record CheckedFile(
      String fileName,
      String sha256,
      long programId,
      int rows,
      List<CheckedRow> valid,
      List<ImportProblem> problems)
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
  @Inject ActorProvider actor;
  @Inject Enrollments enrollments;
  @Inject FacultyAppointments appointments;
  @Inject ProcedureCatalogRepository catalog;
  @Inject CatalogCache catalogCache;
  @Inject ProcedureLogRepository logs;
  @Inject IdentifierGuards guards;
  @Inject CodingRules coding;
  @Inject CaseLogReader reader;
  @Inject AuditTrail audit;

  public CheckedFile check(long programId, String fileName, byte[] content) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
    // the name is kept on every entry imported and shown with it: free text like any other
    guards.guard().check("file", Wording.of("label.fileName"), fileName);
    String sha256 = Sha256.hex(content);
    String fileKey = sha256.substring(0, 20);
    CaseLogFile file = reader.read(content, MAX_ROWS);
    Lookups lookups = file.lines().isEmpty() ? null : lookups(programId);
    List<CheckedRow> valid = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    for (CaseLogFile.Line line : file.lines()) {
      List<ImportProblem> rowProblems = new ArrayList<>(line.problems());
      CheckedRow row = row(programId, line, fileKey, lookups, rowProblems);
      if (rowProblems.isEmpty() && row != null) {
        valid.add(row);
      } else {
        rowProblems.sort(IN_COLUMN_ORDER);
        problems.addAll(rowProblems);
      }
    }
    problems.addAll(file.fileProblems());
    return new CheckedFile(fileName, sha256, programId, file.rows(), valid, problems);
  }

  /**
   * Writes the checked rows from one index to another in one transaction; rows already imported
   * (same file, same line) are skipped. The file must have been checked for this program, and the
   * caller must still manage it. A row the previous system had verified is written as imported and
   * attested by the caller; every row written gets its own audit event.
   */
  public Written write(long programId, CheckedFile file, int from, int to) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
    if (file.programId() != programId) {
      throw new RuleViolationException(Wording.of("caseLogImport.fileWasCheckedAnother"));
    }
    List<CheckedRow> rows = file.valid().subList(from, to);
    LogChecks checks = coding.checks(programId).forImport();
    LocalDate today = time.today();
    Instant now = clock.instant();
    ImportAttestation attestation =
        ImportAttestation.byImporter(actor.currentActorId(), now, file.fileName(), file.sha256());
    int skipped = 0;
    Set<String> known =
        logs.idsByKey(
                rows.stream().map(CheckedRow::traineeId).distinct().toList(),
                rows.stream().map(CheckedRow::key).toList())
            .keySet();
    List<ProcedureLog> fresh = new ArrayList<>(rows.size());
    for (CheckedRow row : rows) {
      if (known.contains(row.traineeId() + " " + row.key())) {
        skipped++;
        continue;
      }
      ProcedureType type = catalog.findType(row.entry().getProcedureTypeId()).orElseThrow();
      ProcedureLog log =
          row.verified()
              ? ProcedureLog.imported(
                  programId, row.traineeId(), row.entry(), type, checks, today, attestation)
              : ProcedureLog.submit(
                  programId,
                  row.traineeId(),
                  row.entry(),
                  type,
                  checks,
                  today,
                  now,
                  LogSource.IMPORT);
      log.identifyRequest(row.key(), null);
      fresh.add(log);
    }
    logs.addAll(fresh);
    int imported = fresh.size();
    if (imported > 0) {
      auditEachRow(programId, file, fresh);
      audit.record(PROCEDURE_LOGS_IMPORTED, "program", programId, programId, imported + " entries");
    }
    return new Written(imported, skipped);
  }

  private void auditEachRow(long programId, CheckedFile file, List<ProcedureLog> written) {
    Map<String, Long> ids =
        logs.idsByKey(
            written.stream().map(ProcedureLog::getTraineeId).distinct().toList(),
            written.stream().map(ProcedureLog::getIdempotencyKey).toList());
    String from = " from " + file.fileName() + " (SHA-256 " + file.sha256() + ")";
    List<Long> verified = new ArrayList<>();
    List<Long> pending = new ArrayList<>();
    for (ProcedureLog log : written) {
      Long id = ids.get(log.getTraineeId() + " " + log.getIdempotencyKey());
      (log.getStatus() == LogStatus.IMPORTED ? verified : pending).add(id);
    }
    audit.recordEach(
        PROCEDURE_LOG_IMPORTED,
        Verifications.SUBJECT,
        verified,
        programId,
        "verified in a previous system, attested by the importer" + from);
    audit.recordEach(
        PROCEDURE_LOG_IMPORTED,
        Verifications.SUBJECT,
        pending,
        programId,
        "waiting for verification" + from);
  }

  /** A row's problems in the order of the file's columns; problems of the whole row last. */
  private static final Comparator<ImportProblem> IN_COLUMN_ORDER =
      Comparator.comparingInt(p -> columnIndex(p.column()));

  private static int columnIndex(String column) {
    for (int i = 0; i < CaseLogColumn.IMPORTED.size(); i++) {
      if (CaseLogColumn.IMPORTED.get(i).importName().orElseThrow().equals(column)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * Resolves the names in a row read cleanly, fills an entry and runs the domain's own checks on it
   * without writing anything; null when something is wrong, with the problems noted.
   */
  private CheckedRow row(
      long programId,
      CaseLogFile.Line line,
      String fileKey,
      Lookups lookups,
      List<ImportProblem> problems) {
    LogEntry entry = new LogEntry();
    Long trainee = null;
    for (CaseLogColumn column : CaseLogColumn.IMPORTED) {
      Object value = line.value(column);
      if (column.cell().kind().isName() && value instanceof String name) {
        value = lookups.resolve(column, name, line.number(), problems);
        if (column.cell().kind() == CaseLogColumn.Kind.TRAINEE) {
          trainee = (Long) value;
        }
      }
      column.fill(entry, value);
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      ProcedureType type = catalog.findType(entry.getProcedureTypeId()).orElseThrow();
      ProcedureLog checked =
          ProcedureLog.submit(
              programId,
              trainee,
              entry,
              type,
              coding.checks(programId).forImport(),
              time.today(),
              clock.instant(),
              LogSource.IMPORT);
      Object written = line.value(CaseLogColumn.CPT_CODES);
      if (written instanceof String codes
          && !CaseLogColumn.sameCodes(codes, checked.getCodedAs())) {
        problems.add(
            new ImportProblem(
                line.number(),
                CaseLogColumn.CPT_CODES.importName().orElseThrow(),
                Wording.of("caseLogImport.fileSaysButWhat", codes, checked.getCodedAs().label())));
        return null;
      }
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              error ->
                  problems.add(
                      new ImportProblem(
                          line.number(), CaseLogColumn.columnOf(error.field()), error.message())));
      return null;
    } catch (DomainException e) {
      problems.add(new ImportProblem(line.number(), null, e.userMessage()));
      return null;
    }
    boolean verified = line.value(CaseLogColumn.STATUS) == ImportedStatus.VERIFIED;
    return new CheckedRow(
        line.number(), trainee, entry, verified, "import:" + fileKey + ":" + line.number());
  }

  /** Usernames and procedure names to ids, read once per file. */
  private record Lookups(
      Map<String, Long> trainees, Map<String, Long> faculty, Map<String, Long> procedures) {

    Long resolve(CaseLogColumn column, String name, int line, List<ImportProblem> problems) {
      Map<String, Long> ids =
          switch (column.cell().kind()) {
            case TRAINEE -> trainees;
            case SUPERVISOR -> faculty;
            default -> procedures;
          };
      Long id = ids.get(name.toLowerCase(Locale.ROOT));
      if (id == null) {
        problems.add(
            new ImportProblem(
                line,
                column.importName().orElseThrow(),
                "'" + name + "' " + notFound(column) + "."));
      }
      return id;
    }

    private static String notFound(CaseLogColumn column) {
      return switch (column.cell().kind()) {
        case TRAINEE ->
            "is not a trainee of this program (give the username, or a name only one trainee has)";
        case SUPERVISOR ->
            "is not faculty of this program (give the username, or a name only one of them has)";
        default ->
            "is not in the catalog or matches more than one procedure (give its code, such as"
                + " TFESI-LS, or its CPT)";
      };
    }
  }

  /** A display name names one person; a name two people share names nobody (null). */
  private static void byName(Map<String, Long> names, String displayName, long id) {
    String key = displayName.toLowerCase(Locale.ROOT);
    if (names.containsKey(key) && !Long.valueOf(id).equals(names.get(key))) {
      names.put(key, null);
    } else {
      names.put(key, id);
    }
  }

  private Lookups lookups(long programId) {
    Map<String, Long> trainees = new HashMap<>();
    Map<String, Long> traineeNames = new HashMap<>();
    enrollments
        .wholeRoster(programId, enrollments.currentAcademicYear(), Map.of("status", "ALL"))
        .forEach(
            r -> {
              trainees.put(r.username(), r.traineeId());
              byName(traineeNames, r.displayName(), r.traineeId());
            });
    Map<String, Long> faculty = new HashMap<>();
    Map<String, Long> facultyNames = new HashMap<>();
    for (FacultyRow f : appointments.list(programId)) {
      faculty.put(f.username(), f.facultyId());
      byName(facultyNames, f.displayName(), f.facultyId());
    }
    // an exported file names people as the export does: by a name only one of them has
    traineeNames.forEach(
        (name, id) -> {
          if (id != null) {
            trainees.putIfAbsent(name, id);
          }
        });
    facultyNames.forEach(
        (name, id) -> {
          if (id != null) {
            faculty.putIfAbsent(name, id);
          }
        });
    Map<String, Long> procedures = new HashMap<>();
    Map<String, Integer> ambiguous = new HashMap<>();
    for (ProcedureOption o : catalogCache.options()) {
      procedures.put(o.code().toLowerCase(Locale.ROOT), o.id());
      procedures.put(o.name().toLowerCase(Locale.ROOT), o.id());
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
}
