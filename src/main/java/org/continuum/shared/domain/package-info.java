/**
 * Shared domain: the base entity (id, version, created and modified stamps), paging, and the
 * exceptions that carry a message meant for the user.
 */
package org.continuum.shared.domain;
