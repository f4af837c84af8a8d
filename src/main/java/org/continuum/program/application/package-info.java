/**
 * Programs: residencies and fellowships, trainees' enrollments with their PGY per academic year,
 * faculty appointments, program leadership. Application layer: one service per use case. Each
 * method starts with its access check (function and object level), runs in a transaction, and
 * returns views (records) rather than entities where they leave the layer.
 */
package org.continuum.program.application;
