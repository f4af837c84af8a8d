package org.continuum.shared.application;

import java.util.List;

/**
 * The institution's people (everyone with an account), whom free text may name without naming a
 * patient. The identity context provides them.
 */
public interface KnownPeople {

  /** The display names holding both words (lower case, letters and hyphens), 500 at most. */
  List<String> displayNamesWith(String given, String surname);
}
