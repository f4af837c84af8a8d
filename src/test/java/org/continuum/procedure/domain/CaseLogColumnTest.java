package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.procedure.domain.TestCatalog.TFESI_LS;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseLogColumnTest {

  @Test
  void aRefusalNamesTheColumnTheFieldWasReadFrom() {
    assertThat(CaseLogColumn.columnOf("performedOn")).isEqualTo("date");
    assertThat(CaseLogColumn.columnOf("procedureTypeId")).isEqualTo("procedure");
    assertThat(CaseLogColumn.columnOf("supervisorId")).isEqualTo("supervisor");
    assertThat(CaseLogColumn.columnOf("spineRegion")).isEqualTo("spine_region");
    assertThat(CaseLogColumn.columnOf("diagnosisCodes")).isEqualTo("diagnosis");
    assertThat(CaseLogColumn.columnOf("note")).isEqualTo("note");
    assertThat(CaseLogColumn.columnOf("programId")).as("no column fills it").isEqualTo("programId");
  }

  @Test
  void anImportedFileAndTheExportNameTheirColumnsInTheirOwnOrder() {
    assertThat(CaseLogColumn.IMPORTED)
        .extracting(c -> c.importName().orElseThrow())
        .containsExactly(
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
            "counts",
            "age_band",
            "sex",
            "diagnosis",
            "complications",
            "complication_note",
            "body_site",
            "contrast",
            "sedation",
            "fluoro_seconds",
            "fluoro_dose_mgy",
            "trial_relief_percent",
            "note",
            "status",
            "cpt_codes");
    assertThat(CaseLogColumn.EXPORTED)
        .extracting(CaseLogColumn::exportName)
        .containsExactly(
            "date",
            "primary_cpt",
            "cpt_codes",
            "procedure",
            "role",
            "site",
            "attending",
            "trainee",
            "status",
            "spine_region",
            "levels",
            "laterality",
            "body_site",
            "guidance",
            "counts",
            "contrast",
            "sedation",
            "fluoro_seconds",
            "fluoro_dose_mgy",
            "trial_relief_percent",
            "age_band",
            "sex",
            "diagnosis",
            "complications",
            "complication_note",
            "coding_rules",
            "attested_by",
            "import_file_sha256");
  }

  @Test
  void anExportedRowHasTitlesAndLevelsSeparatedBySpaces() {
    LogEntry entry = ProcedureLogTest.tfesi(LocalDate.of(2026, 11, 2));
    entry.setLevels(List.of("L4-L5", "L5-S1"));
    entry.setComplications(Set.of(Complication.VASOVAGAL, Complication.OTHER));
    entry.setComplicationNote("Brief shivering, resolved");
    entry.setContrastUsed(true);
    entry.setSedation(Sedation.MINIMAL);
    entry.setFluoroSeconds(new BigDecimal("42.5"));
    entry.setFluoroDoseMgy(new BigDecimal("3"));
    LogChecks recordingFluoroscopy =
        new LogChecks(
            TestCatalog.CHECKS.guard(),
            TestCatalog.CHECKS.rules(),
            TestCatalog.CHECKS.diagnoses(),
            FluoroscopyRecording.OPTIONAL,
            false);
    LogRow row =
        new LogRow(
            1,
            0,
            3,
            entry.getPerformedOn(),
            TFESI_LS.getId(),
            TFESI_LS.getCode(),
            TFESI_LS.getName(),
            CodedAs.parse("64483*1;+64484*1@core:1"),
            11,
            "Dr. Lily Chen",
            7,
            "Dr. Chidi Okafor",
            ProcedureDetails.of(entry, SeedCatalog.type("TFESI-LS"), recordingFluoroscopy),
            LogStatus.VERIFIED,
            null,
            null,
            Instant.parse("2026-11-02T18:00:00Z"),
            null,
            null);

    assertThat(CaseLogColumn.EXPORTED.stream().map(c -> c.export(row)))
        .containsExactly(
            "2026-11-02",
            "64483",
            "64483; +64484",
            TFESI_LS.getName(),
            "Performed",
            "Outpatient",
            "Dr. Chidi Okafor",
            "Dr. Lily Chen",
            "Verified",
            "Lumbar",
            "L4-L5 L5-S1",
            "Left",
            "",
            "Fluoroscopy",
            "",
            "yes",
            "Minimal (anxiolysis)",
            "42.5",
            "3.0",
            "",
            "40-64",
            "Female",
            "M54.16",
            "Vasovagal reaction; Other (describe)",
            "Brief shivering, resolved",
            "core:1",
            "",
            "");
  }
}
