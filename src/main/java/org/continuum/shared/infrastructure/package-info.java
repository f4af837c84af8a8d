/**
 * Shared infrastructure: the clock, Flyway migrations at start-up, the MariaDB-aware dialect
 * resolver, the list-query builder, the multi-row bulk insert, and the Hibernate listener plumbing
 * (registration and per-transaction ledgers) that keeps summary tables in step with their rows.
 */
package org.continuum.shared.infrastructure;
