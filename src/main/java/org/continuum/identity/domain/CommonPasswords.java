package org.continuum.identity.domain;

/** A list of passwords too common to allow (from breach corpora). */
public interface CommonPasswords {

  boolean contains(String password);
}
