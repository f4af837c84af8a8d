/**
 * Identity: accounts, the roles people hold in programs, sign-in with lockout, API tokens, the
 * first-administrator setup. Domain layer: entities that keep their own invariants, value objects,
 * repository interfaces and rules. Imports no web, api or infrastructure code.
 */
package org.continuum.identity.domain;
