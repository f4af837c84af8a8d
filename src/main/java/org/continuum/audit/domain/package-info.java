/**
 * Audit: the append-only trail of sign-ins, lockouts, account, role and program changes. Domain
 * layer: entities that keep their own invariants, value objects, repository interfaces and rules.
 * Imports no web, api or infrastructure code.
 */
package org.continuum.audit.domain;
