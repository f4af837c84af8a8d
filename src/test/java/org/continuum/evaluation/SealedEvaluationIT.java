package org.continuum.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.continuum.evaluation.application.EvaluationSeals;
import org.continuum.evaluation.domain.EvaluationRepository;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.SealCheck;
import org.continuum.shared.domain.SealSummary;
import org.continuum.testclient.Deployments;
import org.continuum.testsupport.Fixtures;
import org.continuum.testsupport.Person;
import org.continuum.testsupport.SealedRecords;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed evaluations in the database: the persistence layer refuses changes that bypass the
 * services, a signature moved to another record no longer verifies, and the signed hash survives
 * the round trip through H2 and MariaDB unchanged.
 */
@ExtendWith(ArquillianExtension.class)
class SealedEvaluationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(SealedEvaluationIT.class);
  }

  @Inject Fixtures fixtures;
  @Inject SealedRecords records;
  @Inject EvaluationSeals seals;
  @Inject EvaluationRepository rows;

  private long program;

  @BeforeEach
  void programWithRequests() {
    program = fixtures.residency();
    fixtures.useFramework(program, "PMR");
    fixtures.evaluationForms(program);
    long edx = fixtures.rotation(program, "EDX", "PC5");
    LocalDate today = fixtures.today();
    fixtures.teacher(program, edx, fixtures.faculty(program), today.minusYears(1));
    for (int i = 0; i < 2; i++) {
      Person resident = fixtures.trainee(program, 2);
      fixtures.block(program, resident, edx, today.minusDays(40), today.minusDays(10));
    }
    assertThat(fixtures.issueRequests(program).created()).isEqualTo(6);
  }

  @Test
  void theScheduleJobRunAgainIssuesNothing() {
    var again = fixtures.issueRequests(program);
    assertThat(again.created()).isZero();
    assertThat(again.existing()).isEqualTo(6);
  }

  @Test
  void persistenceRefusesToChangeSignedContentWhateverThePath() {
    long id = records.signOne(program);
    assertThatThrownBy(() -> records.changeAnswerBehindTheServicesBack(id))
        .hasStackTraceContaining("signed and cannot change");
    assertThatThrownBy(() -> records.changeRevisionBehindTheServicesBack(id))
        .hasStackTraceContaining("signed and cannot change");
    assertThatThrownBy(() -> records.removeSignature(id))
        .hasStackTraceContaining("cannot be changed or removed");
    assertThat(records.signatureFits(id)).isTrue();
  }

  @Test
  void aSignatureMovedToAnotherEvaluationDoesNotVerifyThere() {
    long signed = records.signOne(program);
    long other = records.requestedOne(program);
    records.moveSignature(signed, other);
    assertThat(records.signatureFits(other)).isFalse();
    assertThat(records.signatureFits(signed)).isFalse();
  }

  @Test
  void contentRewrittenWithAMatchingPlainHashFailsTheKeyedSeal() {
    long forged = records.signOne(program);
    long honest = records.signOne(program);
    records.forgeAnswerWithMatchingHash(forged);
    assertThat(records.signatureFits(forged))
        .as("the plain hash alone is fooled: that is why the seal is keyed")
        .isTrue();

    SealSummary all = SystemContext.call(seals::checkAll);

    assertThat(all.failing())
        .filteredOn(f -> f.id() == forged)
        .singleElement()
        .satisfies(f -> assertThat(f.check()).isEqualTo(SealCheck.BROKEN));
    assertThat(all.failing()).extracting(SealSummary.Finding::id).doesNotContain(honest);
    SealSummary trainee = seals.checkTrainee(program, records.traineeOf(forged));
    assertThat(trainee.allTrustworthy()).isFalse();
    assertThat(trainee.describe()).startsWith("Warning: 1 of").contains("evaluation " + forged);
    assertThat(seals.checkTrainee(program, records.traineeOf(honest)).describe()).contains("verif");
    // every list of evaluations says so row by row (trainee's, faculty's, the program's)
    assertThat(
            seals.withSeals(
                List.of(rows.row(forged).orElseThrow(), rows.row(honest).orElseThrow())))
        .extracting(EvaluationRow::seal)
        .containsExactly(SealCheck.BROKEN, SealCheck.VERIFIED);
  }

  @Test
  void onlyAnAdministratorChecksEverySeal() {
    assertThatThrownBy(seals::checkAll).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theSignedHashIsTheSameAfterTheRoundTripThroughTheDatabase() {
    long id = records.signOne(program);
    List<String> read = records.storedAndRecomputed(id);
    assertThat(read.get(1)).isEqualTo(read.get(0));
    assertThat(read.get(2)).isEqualTo(SealedRecords.NARRATIVE);
    assertThat(read.get(3)).matches(".*T.*\\.?\\d*Z");
  }
}
