/**
 * Identity: accounts, the roles people hold in programs, sign-in with lockout, API tokens, the
 * first-administrator setup. Infrastructure layer: JPA implementations of the domain repositories,
 * and adapters to files, the platform and other systems.
 */
package org.continuum.identity.infrastructure;
