package org.continuum.procedure.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.continuum.procedure.application.CaseLogFile;
import org.continuum.procedure.application.ImportProblem;
import org.continuum.procedure.domain.AgeBand;
import org.continuum.procedure.domain.CaseLogColumn;
import org.continuum.procedure.domain.CaseLogColumn.ImportedStatus;
import org.continuum.procedure.domain.Complication;
import org.continuum.procedure.domain.TraineeRole;
import org.junit.jupiter.api.Test;

class CsvCaseLogReaderTest {

  private static final String HEADER =
      "Date,Trainee,Procedure,Role,Setting,Supervisor,Spine Region,levels,age_band,sex,"
          + "complications,status\n";

  private final CsvCaseLogReader reader = new CsvCaseLogReader();

  private CaseLogFile read(String csv, int maxRows) {
    return reader.read(("\ufeff" + csv).getBytes(StandardCharsets.UTF_8), maxRows);
  }

  @Test
  void cellsReadAsTheirColumnsSayWhateverTheCaseSpacingAndPunctuation() {
    CaseLogFile file =
        read(
            HEADER
                + "7/14/2026,res.chen,TFESI-LS,Supervised a junior,outpatient,dr.okafor,LUMBAR,"
                + "L4-L5;L5-S1,40-64,Female,vasovagal reaction; BLEEDING,VERIFIED\n",
            10);

    assertThat(file.fileProblems()).isEmpty();
    CaseLogFile.Line line = file.lines().get(0);
    assertThat(line.number()).isEqualTo(2);
    assertThat(line.problems()).isEmpty();
    assertThat(line.value(CaseLogColumn.DATE)).isEqualTo(LocalDate.of(2026, 7, 14));
    assertThat(line.value(CaseLogColumn.TRAINEE)).as("names stay text").isEqualTo("res.chen");
    assertThat(line.value(CaseLogColumn.ROLE)).isEqualTo(TraineeRole.SUPERVISED_JUNIOR);
    assertThat(line.value(CaseLogColumn.LEVELS)).isEqualTo(List.of("L4-L5", "L5-S1"));
    assertThat(line.value(CaseLogColumn.AGE_BAND)).isEqualTo(AgeBand.AGE_40_64);
    assertThat(line.value(CaseLogColumn.COMPLICATIONS))
        .isEqualTo(Set.of(Complication.VASOVAGAL, Complication.BLEEDING));
    assertThat(line.value(CaseLogColumn.STATUS)).isEqualTo(ImportedStatus.VERIFIED);
    assertThat(line.value(CaseLogColumn.NOTE)).as("an absent column reads as nothing").isNull();
  }

  @Test
  void everyBadCellIsNamedByLineAndColumn() {
    CaseLogFile file =
        read(HEADER + "2026-13-01,,TFESI,watched,outpatient,x,,,40-64,female,itch,maybe\n", 10);

    assertThat(file.lines().get(0).problems())
        .extracting(ImportProblem::column, ImportProblem::message)
        .containsExactly(
            tuple("date", "'2026-13-01' is not a date: write 2026-07-14 or 7/14/2026."),
            tuple("trainee", "Trainee is required."),
            tuple(
                "role",
                "'watched' is not one of: Observed, Assisted, Performed, Supervised a junior."),
            tuple("complications", "'itch' is not a known complication."),
            tuple("status", "Status must be pending or verified."));
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsIsRefusedAsAWholeAndTooManyRowsAreNamed() {
    CaseLogFile missing = read("date,trainee\n2026-01-01,someone\n", 10);
    assertThat(missing.lines()).isEmpty();
    assertThat(missing.fileProblems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "The header row lacks the columns procedure, role, setting, supervisor,"
                            + " age_band, sex."));

    String row = "2026-01-01,a,TFESI-LS,performed,outpatient,b,,,40-64,female,,\n";
    CaseLogFile tooLong = read(HEADER + row + row + row, 2);
    assertThat(tooLong.lines()).hasSize(2);
    assertThat(tooLong.fileProblems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("More than 2 rows: split the file."));
  }
}
