/**
 * Programs: residencies and fellowships, trainees' enrollments with their PGY per academic year,
 * faculty appointments, program leadership. Infrastructure layer: JPA implementations of the domain
 * repositories, and adapters to files, the platform and other systems.
 */
package org.continuum.program.infrastructure;
