/**
 * Audit: the append-only trail of sign-ins, lockouts, account, role and program changes.
 * Application layer: one service per use case. Each method starts with its access check (function
 * and object level), runs in a transaction, and returns views (records) rather than entities where
 * they leave the layer.
 */
package org.continuum.audit.application;
