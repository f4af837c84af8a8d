/** JAX-RS resources of the committee review under /api/v1. */
package org.continuum.review.api;
