package org.continuum.identity.application;

/**
 * Something that decides what an account's tokens resolve to has changed (a token revoked, a role
 * granted or revoked, the account disabled or renamed): cached resolutions must be dropped.
 */
public record AccountAccessChanged(long accountId) {}
