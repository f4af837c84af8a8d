package org.continuum.procedure.domain;

/** How an entry arrived. */
public enum LogSource {
  APP,
  API,
  IMPORT,
  SEED
}
