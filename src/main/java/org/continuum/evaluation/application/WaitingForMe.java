package org.continuum.evaluation.application;

import java.io.Serializable;

/** The counts a home page shows: evaluations to write, of which overdue, and ones to read. */
public record WaitingForMe(long toComplete, long overdue, long toAcknowledge)
    implements Serializable {}
