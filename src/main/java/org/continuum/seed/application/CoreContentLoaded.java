package org.continuum.seed.application;

/**
 * Fired at start-up once the core reference content is loaded, before any demo content: contexts
 * bring their records up to date with it (the procedure context codes entries logged before codes
 * were derived).
 */
public record CoreContentLoaded() {}
