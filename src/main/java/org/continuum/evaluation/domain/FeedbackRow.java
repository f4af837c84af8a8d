package org.continuum.evaluation.domain;

import java.time.LocalDate;

/** One released answer of anonymous feedback, with what it was about, for aggregation. */
public record FeedbackRow(
    String feedbackId,
    Long rotationId,
    Long aboutFacultyId,
    long formId,
    int itemSeq,
    String value,
    String text,
    LocalDate releasedOn,
    String releaseBatch) {}
