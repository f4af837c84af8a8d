/**
 * Seed content: loading institutions (and later catalogs, frameworks, modules) from plain files,
 * idempotently and by version. Application layer: one service per use case. Each method starts with
 * its access check (function and object level), runs in a transaction, and returns views (records)
 * rather than entities where they leave the layer.
 */
package org.continuum.seed.application;
