package org.continuum.learning.domain;

/** A module's latest version by code and title, with one subcompetency its objectives map to. */
public record ModuleObjectiveRow(String code, String title, String subcompetencyCode) {}
