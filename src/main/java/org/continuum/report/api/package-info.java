/** JAX-RS resources of the reports under /api/v1. */
package org.continuum.report.api;
