/**
 * Seed content: loading institutions (and later catalogs, frameworks, modules) from plain files,
 * idempotently and by version. Web layer: Jakarta Faces backing beans, one per use case, and
 * converters. They call application services only, never the EntityManager.
 */
package org.continuum.seed.web;
