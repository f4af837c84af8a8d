/**
 * Seed content: loading institutions (and later catalogs, frameworks, modules) from plain files,
 * idempotently and by version. Infrastructure layer: JPA implementations of the domain
 * repositories, and adapters to files, the platform and other systems.
 */
package org.continuum.seed.infrastructure;
