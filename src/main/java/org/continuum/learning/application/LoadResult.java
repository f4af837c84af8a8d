package org.continuum.learning.application;

/** What loading a module file did: a new version, or nothing because it was already there. */
public record LoadResult(
    long moduleId, String code, int moduleVersion, boolean created, String message) {}
