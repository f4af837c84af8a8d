/**
 * Identity: accounts, the roles people hold in programs, sign-in with lockout, API tokens, the
 * first-administrator setup. REST layer under /api/v1: JAX-RS resources mapped to application
 * services, with the same authorization as the web pages, described in the OpenAPI document at
 * /openapi.
 */
package org.continuum.identity.api;
