package org.continuum.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.evaluation.domain.EvaluationSamples.FACULTY;
import static org.continuum.evaluation.domain.EvaluationSamples.SEALER;
import static org.continuum.evaluation.domain.EvaluationSamples.publishedForm;
import static org.continuum.evaluation.domain.EvaluationSamples.requested;
import static org.continuum.shared.domain.TestGuard.GUARD;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical form is part of every stored signature: if this test has to change, old signatures
 * stop verifying. A new layout needs a new method name, not an edit here.
 */
class SignedContentTest {

  private static Signature signedWith(String comment) {
    Evaluation e = requested(publishedForm(EvaluationKind.FACULTY_OF_TRAINEE), 101);
    e.saveDraft(
        FACULTY,
        List.of(
            new AnswerInput(2, "OVERSIGHT", null),
            new AnswerInput(1, "4.5", null),
            new AnswerInput(3, null, comment)),
        GUARD);
    return e.sign(
        FACULTY, "Dr. Chidi Okafor", Instant.parse("2026-10-05T14:30:00.123456Z"), SEALER);
  }

  @Test
  void theCanonicalTextIsFixed() {
    Signature s = signedWith("Señora: “excellent” ✓");
    Evaluation e = requested(publishedForm(EvaluationKind.FACULTY_OF_TRAINEE), 101);
    e.saveDraft(
        FACULTY,
        List.of(
            new AnswerInput(1, "4.5", null),
            new AnswerInput(2, "OVERSIGHT", null),
            new AnswerInput(3, null, "Señora: “excellent” ✓")),
        GUARD);
    assertThat(SignedContent.canonical(e, s))
        .isEqualTo(
            "{\"method\":\"continuum-eval-v1\",\"evaluation\":101,\"contentRevision\":1,"
                + "\"program\":3,\"kind\":\"FACULTY_OF_TRAINEE\",\"form\":{\"id\":21,\"code\":\"FAC\","
                + "\"version\":1},\"evaluator\":7,\"trainee\":11,\"rotation\":31,\"procedureLog\":null,"
                + "\"periodStart\":\"2026-09-01\",\"periodEnd\":\"2026-09-30\",\"amends\":null,"
                + "\"answers\":[{\"item\":1,\"value\":\"4.5\",\"text\":null},{\"item\":2,\"value\":"
                + "\"OVERSIGHT\",\"text\":null},{\"item\":3,\"value\":null,\"text\":\"Señora: “excellent”"
                + " ✓\"}],\"signature\":{\"signer\":7,\"printedName\":\"Dr. Chidi Okafor\","
                + "\"signedAt\":\"2026-10-05T14:30:00Z\",\"meaning\":\"AUTHORED\"}}");
    assertThat(s.getContentHash())
        .isEqualTo("83f17f8c961a1038d8970158a665e61919109668d827df72fa6cd045a0ab3975");
  }

  @Test
  void theHashDoesNotDependOnHowTheTextWasTyped() {
    String composed = signedWith("Caf\u00e9\r\nnotes ").getContentHash();
    String decomposed = signedWith("Cafe\u0301\nnotes").getContentHash();
    assertThat(decomposed).isEqualTo(composed);
    assertThat(signedWith("Cafe notes").getContentHash()).isNotEqualTo(composed);
  }
}
