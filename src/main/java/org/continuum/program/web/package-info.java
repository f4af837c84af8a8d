/**
 * Programs: residencies and fellowships, trainees' enrollments with their PGY per academic year,
 * faculty appointments, program leadership. Web layer: Jakarta Faces backing beans, one per use
 * case, and converters. They call application services only, never the EntityManager.
 */
package org.continuum.program.web;
