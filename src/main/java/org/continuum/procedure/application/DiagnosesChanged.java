package org.continuum.procedure.application;

/** A new version of the diagnosis list was loaded; fired inside the loading transaction. */
public record DiagnosesChanged() {}
