/**
 * Programs: residencies and fellowships, trainees' enrollments with their PGY per academic year,
 * faculty appointments, program leadership. Domain layer: entities that keep their own invariants,
 * value objects, repository interfaces and rules. Imports no web, api or infrastructure code.
 */
package org.continuum.program.domain;
