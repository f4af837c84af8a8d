package org.continuum.identity.application;

/**
 * What it takes to create an account; the password is the initial one, to be changed by its owner.
 */
public record NewAccount(String username, String displayName, String email, String password) {}
