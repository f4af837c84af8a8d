/**
 * Audit: the append-only trail of sign-ins, lockouts, account, role and program changes. Web layer:
 * Jakarta Faces backing beans, one per use case, and converters. They call application services
 * only, never the EntityManager.
 */
package org.continuum.audit.web;
