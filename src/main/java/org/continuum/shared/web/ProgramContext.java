package org.continuum.shared.web;

/**
 * The program a program page is about, and what the caller may do in it. The program context's page
 * bean provides it; pages of other contexts read it through this interface, so they need nothing of
 * the program context's web layer.
 */
public interface ProgramContext {

  /** The program named by the page's "program" parameter, checked when the page loads. */
  Long getProgramId();

  String getProgramCode();

  String getProgramName();

  /** Holds the director's or a coordinator's role in the program. */
  boolean isManager();

  boolean isDirector();

  /** Takes part in the program's milestone review: its committee and its director. */
  boolean isCommittee();

  boolean isAdministrator();
}
