package org.continuum.testsupport;

/** A test account: its id and the username to sign in with (password {@link Fixtures#PASSWORD}). */
public record Person(long id, String username) {}
