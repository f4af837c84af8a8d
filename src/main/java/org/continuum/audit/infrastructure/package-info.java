/**
 * Audit: the append-only trail of sign-ins, lockouts, account, role and program changes.
 * Infrastructure layer: JPA implementations of the domain repositories, and adapters to files, the
 * platform and other systems.
 */
package org.continuum.audit.infrastructure;
