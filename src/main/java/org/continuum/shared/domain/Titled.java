package org.continuum.shared.domain;

/** A value with a name for people (enums shown on screens, in exports and import messages). */
public interface Titled {

  String title();
}
