package org.continuum.learning.domain;

/** Answers to one question in finished attempts: how many, how many right, their total scores. */
public record ItemTally(
    String questionKey, long answered, long right, double sumScores, double sumScoresRight) {}
