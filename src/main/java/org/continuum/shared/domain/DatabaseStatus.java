package org.continuum.shared.domain;

/** Whether the database answers right now. */
public interface DatabaseStatus {

  boolean answers();
}
