/**
 * Procedures: the catalog (categories, procedure types and the fields each needs), procedure logs
 * with their verification state machine, the patient-identifier guard, program minimums and pace.
 */
package org.continuum.procedure.domain;
