package org.continuum.testsupport;

/** Module files for tests. */
public final class ModuleSamples {

  private ModuleSamples() {}

  /** A two-stage module: one single-best-answer question, then one multiple-select. */
  public static final String SMALL =
      """
      ---
      kind: case-module
      id: test-module
      version: 2
      title: "A test module: knees"
      topic: Sports
      estimatedMinutes: 10
      passMark: 50
      objectives:
        - subcompetency: PC7
          text: Examine a knee.
      ---

      # Stage: Presentation
      A runner with **knee** pain.

      ## Question: single
      Which test first?

      - [ ] MRI
        Feedback: Not first.
      - [x] Examination
        Feedback: Yes,
        always.

      Explanation: Examine first [1].

      # Stage: Follow-up - six weeks later
      Better.

      ## Question: multiple
      Which helped?

      - [x] Rest
        Feedback: Yes.
      - [x] Strength work
        Feedback: Yes.
      - [ ] Opioids
        Feedback: No.

      Explanation: Load management.

      # References
      1. Someone. A paper. 2020.
      """;
}
