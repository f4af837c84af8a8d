/**
 * Shared REST support: the JAX-RS application (/api/v1, OpenAPI description), the problem-details
 * mapper and the health check.
 */
package org.continuum.shared.api;
