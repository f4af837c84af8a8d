/**
 * Shared infrastructure: the clock, Flyway migrations at start-up, the MariaDB-aware dialect
 * resolver, the list-query builder.
 */
package org.continuum.shared.infrastructure;
