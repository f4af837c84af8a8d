package org.continuum.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.continuum.procedure.application.CaseLogExport;
import org.continuum.procedure.application.CaseLogImport;
import org.continuum.procedure.application.MinimumForm;
import org.continuum.procedure.application.MinimumsReport;
import org.continuum.procedure.application.ProcedureStandards;
import org.continuum.procedure.domain.LogSource;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.MinimumProgress;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramDirectory;
import org.continuum.shared.application.ExportFormat;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Sha256;
import org.continuum.testclient.Deployments;
import org.continuum.testsupport.Fixtures;
import org.continuum.testsupport.Person;
import org.continuum.testsupport.ProcedureCountDrift;
import org.continuum.testsupport.StoredLogs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Importing a program's historical case log from CSV, and exporting it back, in the container. */
@ExtendWith(ArquillianExtension.class)
class CaseLogImportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(CaseLogImportIT.class);
  }

  @Inject CaseLogImport imports;
  @Inject CaseLogExport exports;
  @Inject MinimumsReport reports;
  @Inject ProcedureStandards standards;
  @Inject Fixtures fixtures;
  @Inject ProcedureCountDrift countDrift;
  @Inject StoredLogs stored;
  @Inject ProgramAdministration programs;
  @Inject ProgramDirectory directory;
  @PersistenceContext EntityManager em;

  private static final String HEADER =
      "date,trainee,procedure,role,setting,supervisor,spine_region,levels,laterality,guidance,"
          + "age_band,sex,diagnosis,complications,note,status\n";

  @Test
  void everyProblemIsNamedByLineAndColumnAndNothingIsWrittenByChecking() {
    long program = fixtures.residency();
    Person faculty = fixtures.faculty(program);
    Person trainee = fixtures.trainee(program, 3);
    String csv =
        HEADER
            + row("2025-03-04", trainee, "TFESI-LS", "performed", faculty, "lumbar", "L4-L5")
            + "2025-13-01,nobody,TFESI,watched,outpatient,"
            + faculty.username()
            + ",lumbar,C5-C6,left,,40-64,female,,,,maybe\n"
            + row("2025-03-06", trainee, "64483", "assisted", faculty, "cervical", "C5-C6");

    CaseLogImport.CheckedFile check = check(program, csv);

    assertThat(check.rows()).isEqualTo(3);
    assertThat(check.valid()).extracting(CaseLogImport.CheckedRow::line).containsExactly(2);
    assertThat(check.problems())
        .extracting(p -> p.line() + ":" + p.column())
        .contains("3:date", "3:trainee", "3:procedure", "3:role", "3:status", "4:spine_region");
    assertThat(check.problems())
        .filteredOn(p -> p.line() == 3 && "procedure".equals(p.column()))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("more than one procedure"));
    assertThat(exportRows(program)).as("checking writes nothing").isEmpty();
  }

  @Test
  void aFileImportedTwiceAddsNothingTheSecondTimeAndImportedVerifiedRowsCount() throws IOException {
    long program = fixtures.residency();
    fixtures.minimum(program, "EPIDURAL", 10, TraineeRole.PERFORMED);
    Person faculty = fixtures.faculty(program);
    Person trainee = fixtures.trainee(program, 3);
    String csv =
        HEADER
            + row("2025-03-04", trainee, "TFESI-LS", "performed", faculty, "lumbar", "L4-L5")
                .replace(",\n", ",verified\n")
            + row("2025-03-05", trainee, "tfesi-ls", "Performed", faculty, "Sacral", "S1")
                .replace(",\n", ",VERIFIED\n")
            + row("2025-03-06", trainee, "ILESI-LS", "observed", faculty, "lumbar", "L4-L5")
                .replace(",\n", ",verified\n")
            + row("2025-03-07", trainee, "TFESI-LS", "performed", faculty, "lumbar", "L5-S1");

    CaseLogImport.CheckedFile first = check(program, csv);
    assertThat(first.problems()).isEmpty();
    CaseLogImport.Written written = write(program, first);
    assertThat(written.imported()).isEqualTo(4);

    // written in bulk, read back through the mapping: every column where the entity put it
    List<ProcedureLog> logs = stored.ofProgram(program);
    assertThat(logs).hasSize(4);
    ProcedureLog firstRow = logs.get(0);
    assertThat(firstRow.getId()).isNotNull();
    assertThat(firstRow.getVersion()).isZero();
    assertThat(firstRow.getCreatedBy()).isNotBlank();
    assertThat(firstRow.getCreatedAt()).isNotNull().isEqualTo(firstRow.getModifiedAt());
    assertThat(firstRow.getTraineeId()).isEqualTo(trainee.id());
    assertThat(firstRow.getSupervisorId()).isEqualTo(faculty.id());
    assertThat(firstRow.getProcedureType().getCode()).isEqualTo("TFESI-LS");
    assertThat(firstRow.getPerformedOn()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(firstRow.getDetails().getRole()).isEqualTo(TraineeRole.PERFORMED);
    assertThat(firstRow.getDetails().getLevels()).containsExactly("L4-L5");
    assertThat(firstRow.getDetails().getComplications()).isEmpty();
    assertThat(firstRow.getStatus())
        .as("verified in the previous system, not by its supervisor here")
        .isEqualTo(LogStatus.IMPORTED);
    assertThat(firstRow.getDecidedBy()).isNull();
    assertThat(firstRow.getDecidedAt()).isNull();
    assertThat(firstRow.getAttestation().getFileName()).isEqualTo("file.csv");
    assertThat(firstRow.getAttestation().getFileSha256())
        .isEqualTo(Sha256.hex(csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(firstRow.getAttestation().getAttestedAt()).isNotNull();
    assertThat(firstRow.getSubmittedAt()).isNotNull();
    assertThat(firstRow.getSource()).isEqualTo(LogSource.IMPORT);
    assertThat(firstRow.getIdempotencyKey()).startsWith("import:").endsWith(":2");
    assertThat(logs.get(3).getStatus()).isEqualTo(LogStatus.PENDING);
    assertThat(logs.get(3).getDecidedBy()).isNull();
    assertThat(logs.get(3).getAttestation()).isNull();
    List<Long> ids = logs.stream().map(ProcedureLog::getId).toList();
    assertThat(auditedTypes(ids))
        .as("one import event per row, and no verification by anyone")
        .containsOnly("PROCEDURE_LOG_IMPORTED")
        .hasSize(4);

    CaseLogImport.Written again = write(program, check(program, csv));
    assertThat(again.imported()).isZero();
    assertThat(again.alreadyImported()).isEqualTo(4);

    MinimumProgress epidurals =
        SystemContext.call(() -> reports.report(program, null)).rows().get(0).cells().get(0);
    assertThat(epidurals.verified())
        .as("two imported verified performed; the observed one does not count")
        .isEqualTo(2);
    assertThat(epidurals.pending()).isEqualTo(1);
    assertThat(countDrift.differences()).as("the summary counted the imported rows").isEmpty();

    long version = SystemContext.call(() -> directory.get(program)).version();
    SystemContext.run(() -> programs.countImportedLogs(program, version, false));
    MinimumProgress withoutImported =
        SystemContext.call(() -> reports.report(program, null)).rows().get(0).cells().get(0);
    assertThat(withoutImported.verified())
        .as("the program's setting: imported entries do not count")
        .isZero();
    assertThat(withoutImported.pending()).isEqualTo(1);

    List<CSVRecord> exported = exportRows(program);
    assertThat(exported).hasSize(4);
    assertThat(exported.get(0).get("date")).isEqualTo("2025-03-04");
    assertThat(exported.get(0).get("primary_cpt")).isEqualTo("64483");
    assertThat(exported.get(0).get("coding_rules")).isEqualTo("core:1");
    assertThat(exported.get(0).get("levels")).isEqualTo("L4-L5");
    assertThat(exported)
        .extracting(r -> r.get("status"))
        .contains("Imported, verified in a previous system", "Waiting for verification")
        .doesNotContain("Verified");
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsIsRefusedAsAWhole() {
    long program = fixtures.residency();
    CaseLogImport.CheckedFile check = check(program, "date,trainee\n2025-01-01,someone\n");
    assertThat(check.valid()).isEmpty();
    assertThat(check.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("procedure, role, setting, supervisor"));
  }

  @Test
  void aFileCheckedForOneProgramIsNotWrittenIntoAnother() {
    long program = fixtures.residency();
    long other = fixtures.residency();
    Person faculty = fixtures.faculty(program);
    Person trainee = fixtures.trainee(program, 3);
    CaseLogImport.CheckedFile checked =
        check(
            program,
            HEADER
                + row("2025-03-04", trainee, "TFESI-LS", "performed", faculty, "lumbar", "L4-L5"));
    assertThat(checked.valid()).hasSize(1);

    assertThatThrownBy(() -> write(other, checked))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("checked for another program");
    assertThat(exportRows(other)).isEmpty();
    assertThat(exportRows(program)).isEmpty();
  }

  @Test
  void anExportedCaseLogImportsBackAsTheSameCasesWithTheSameCodes() {
    long program = fixtures.residency();
    Person faculty = fixtures.faculty(program);
    Person trainee = fixtures.trainee(program, 3);
    String header =
        "date,trainee,procedure,role,setting,supervisor,spine_region,levels,laterality,guidance,"
            + "counts,age_band,sex,status,body_site,contrast,sedation,complications,"
            + "complication_note\n";
    String who = trainee.username() + ",";
    String by = "," + faculty.username() + ",";
    String csv =
        header
            + "2025-03-04,"
            + who
            + "TFESI-LS,performed,outpatient"
            + by
            + "lumbar,L4-L5;L5-S1,bilateral,fluoroscopy,,40-64,female,verified,,yes,minimal,,\n"
            + "2025-03-05,"
            + who
            + "ILESI-LS,assisted,outpatient"
            + by
            + "lumbar,L4-L5,,landmark,,65-79,male,pending,,,,,\n"
            + "2025-03-06,"
            + who
            + "EDX-CONSULT,performed,outpatient"
            + by
            + ",,left,,studies=6 emg-limbs=2 non-limb-emg=1,40-64,male,verified,,,,,\n"
            + "2025-03-07,"
            + who
            + "BOTOX-EXT,performed,outpatient"
            + by
            + ",,right,emg,limbs-5-plus=1 limbs-1-4=1 units=300,18-39,female,pending,"
            + "Gastrocnemius and soleus,,none,,\n"
            + "2025-03-10,"
            + who
            + "KYPHOPLASTY,observed,inpatient"
            + by
            + "lumbar,L1;L2,,fluoroscopy,,80+,female,verified,,no,moderate,"
            + "vasovagal;other,Brief hiccups\n";
    CaseLogImport.CheckedFile first = check(program, csv);
    assertThat(first.problems()).isEmpty();
    write(program, first);

    List<CSVRecord> exported = exportRows(program);
    assertThat(exported)
        .extracting(r -> r.get("cpt_codes"))
        .containsExactly(
            "64483-50; +64484-50",
            "62322",
            "95909; +95886 x2; +95887",
            "64644; +64643; +95874",
            "22514; +22515");
    assertThat(exported).extracting(r -> r.get("primary_cpt")).contains("64483-50", "22514");
    assertThat(exported)
        .extracting(r -> r.get("contrast") + "|" + r.get("sedation") + "|" + r.get("body_site"))
        .containsExactly(
            "yes|Minimal (anxiolysis)|",
            "||",
            "||",
            "|None (local anesthetic only)|Gastrocnemius and soleus",
            "no|Moderate|");
    assertThat(exported.get(4).get("complication_note")).isEqualTo("Brief hiccups");

    String exportedText = exportText(program);
    byte[] xlsx = export(program, ExportFormat.XLSX);
    // the workbook read as the zip of XML it is: the reader library is not in the server
    String sheet = zipEntry(xlsx, "xl/worksheets/sheet1.xml");
    String strings = zipEntry(xlsx, "xl/sharedStrings.xml");
    assertThat(sheet.split("<row ", -1)).as("the header and the same five cases").hasSize(7);
    assertThat(strings).contains("cpt_codes", "64483-50; +64484-50", "95909; +95886 x2; +95887");
    CaseLogImport.CheckedFile again = check(program, exportedText);
    assertThat(again.problems()).as("the export reads back as it is").isEmpty();
    assertThat(again.valid()).hasSize(5);
    write(program, again);

    List<CSVRecord> both = exportRows(program);
    assertThat(both).hasSize(10);
    java.util.Map<String, Long> cases =
        both.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    CaseLogImportIT::caseOf, java.util.stream.Collectors.counting()));
    assertThat(cases).as("every case twice, alike in every detail and code").hasSize(5);
    assertThat(cases.values()).containsOnly(2L);

    SystemContext.run(
        () ->
            standards.save(
                program,
                new MinimumForm(
                    null,
                    null,
                    "TFESI and landmark ILESI, by code",
                    null,
                    null,
                    List.of("64483", "62322"),
                    10,
                    java.util.Set.of(TraineeRole.PERFORMED, TraineeRole.ASSISTED),
                    java.util.Map.of(),
                    9)));
    MinimumProgress byCode =
        SystemContext.call(() -> reports.report(program, null)).rows().get(0).cells().stream()
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(byCode.verified()).as("the two TFESI cases, imported as verified").isEqualTo(2);
    assertThat(byCode.pending()).as("the two landmark ILESI cases waiting").isEqualTo(2);
    assertThat(countDrift.differences()).as("the summary counts by primary code too").isEmpty();

    String tampered = exportedText.replace("62322", "62323");
    CaseLogImport.CheckedFile refused = check(program, tampered);
    assertThat(refused.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.column()).isEqualTo("cpt_codes");
              assertThat(p.message()).contains("62323").contains("logged as 62322");
            });
  }

  private static String zipEntry(byte[] zip, String name) {
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("case-log", ".xlsx");
      try {
        java.nio.file.Files.write(file, zip);
        try (java.util.zip.ZipFile workbook = new java.util.zip.ZipFile(file.toFile())) {
          var entry = workbook.getEntry(name);
          if (entry == null) {
            throw new AssertionError(name + " is not in the workbook");
          }
          return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
      } finally {
        java.nio.file.Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What a case is, whoever imported it and when: every exported column but its status and how it
   * came in.
   */
  private static String caseOf(CSVRecord r) {
    java.util.Map<String, String> columns = new java.util.TreeMap<>(r.toMap());
    columns.keySet().removeAll(java.util.Set.of("status", "attested_by", "import_file_sha256"));
    return columns.toString();
  }

  private String exportText(long program) {
    return new String(export(program, ExportFormat.CSV), StandardCharsets.UTF_8);
  }

  /** The program's case log of 2025, as its director downloads it. */
  private byte[] export(long program, ExportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SystemContext.run(
        () ->
            exports.program(
                program, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), format, out));
    return out.toByteArray();
  }

  private List<String> auditedTypes(List<Long> logIds) {
    return em
        .createQuery(
            "select e.type from AuditEvent e where e.subjectType = 'procedure-log' and e.subjectId"
                + " in :ids",
            Object.class)
        .setParameter("ids", logIds)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  private CaseLogImport.Written write(long program, CaseLogImport.CheckedFile file) {
    return SystemContext.call(() -> imports.write(program, file, 0, file.valid().size()));
  }

  private CaseLogImport.CheckedFile check(long program, String csv) {
    return SystemContext.call(
        () -> imports.check(program, "file.csv", csv.getBytes(StandardCharsets.UTF_8)));
  }

  private List<CSVRecord> exportRows(long program) {
    String text = exportText(program).replace("\ufeff", "");
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(text))
          .getRecords();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String row(
      String date,
      Person trainee,
      String procedure,
      String role,
      Person faculty,
      String region,
      String levels) {
    return String.join(
            ",",
            date,
            trainee.username(),
            procedure,
            role,
            "outpatient",
            faculty.username(),
            region,
            levels,
            "left",
            "",
            "40-64",
            "female",
            "M54.16",
            "",
            "",
            "")
        + "\n";
  }
}
