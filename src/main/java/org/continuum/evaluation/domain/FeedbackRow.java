package org.continuum.evaluation.domain;

/** One answer of anonymous feedback, with what it was about, for aggregation. */
public record FeedbackRow(
    String feedbackId,
    Long rotationId,
    Long aboutFacultyId,
    long formId,
    int itemSeq,
    String value,
    String text) {}
