package org.continuum.evaluation.application;

import java.io.Serializable;
import java.util.List;

/** What a run of issuing requests did: how many were created, and what could not be issued. */
public record IssueReport(int blocks, int created, int existing, List<String> notes)
    implements Serializable {}
