/**
 * Seed content: loading institutions (and later catalogs, frameworks, modules) from plain files,
 * idempotently and by version. Domain layer: entities that keep their own invariants, value
 * objects, repository interfaces and rules. Imports no web, api or infrastructure code.
 */
package org.continuum.seed.domain;
