package org.continuum.evaluation.application;

import java.io.Serializable;

/** What a reminder run did: messages sent, evaluations they covered, and messages that failed. */
public record ReminderReport(int messages, int evaluations, int failed) implements Serializable {}
