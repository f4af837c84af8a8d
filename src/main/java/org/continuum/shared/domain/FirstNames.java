package org.continuum.shared.domain;

/** A list of common given names, used to recognise a person's full name in free text. */
public interface FirstNames {

  boolean contains(String word);
}
