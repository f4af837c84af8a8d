/** JAX-RS resources for evaluations under /api/v1. */
package org.continuum.evaluation.api;
