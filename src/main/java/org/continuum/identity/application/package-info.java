/**
 * Identity: accounts, the roles people hold in programs, sign-in with lockout, API tokens, the
 * first-administrator setup. Application layer: one service per use case. Each method starts with
 * its access check (function and object level), runs in a transaction, and returns views (records)
 * rather than entities where they leave the layer.
 */
package org.continuum.identity.application;
