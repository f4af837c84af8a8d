/**
 * Programs: residencies and fellowships, trainees' enrollments with their PGY per academic year,
 * faculty appointments, program leadership. REST layer under /api/v1: JAX-RS resources mapped to
 * application services, with the same authorization as the web pages, described in the OpenAPI
 * document at /openapi.
 */
package org.continuum.program.api;
