package org.continuum.procedure.application;

/** A program changed what its case log records; fired inside the changing transaction. */
public record CaseLogSettingsChanged() {}
