package org.continuum.procedure.application;

/** Fired when the procedure catalog changes, so cached views of it are rebuilt. */
public record CatalogChanged() {}
