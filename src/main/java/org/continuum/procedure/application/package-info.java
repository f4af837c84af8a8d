/**
 * Procedure use cases: logging (idempotent), verification, program standards, progress and the
 * minimums report, case-log export and import.
 */
package org.continuum.procedure.application;
