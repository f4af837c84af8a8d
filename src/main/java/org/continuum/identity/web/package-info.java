/**
 * Identity: accounts, the roles people hold in programs, sign-in with lockout, API tokens, the
 * first-administrator setup. Web layer: Jakarta Faces backing beans, one per use case, and
 * converters. They call application services only, never the EntityManager.
 */
package org.continuum.identity.web;
