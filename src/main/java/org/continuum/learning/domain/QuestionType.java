package org.continuum.learning.domain;

/** Single best answer (one correct option) or multiple select (one or more). */
public enum QuestionType {
  SINGLE,
  MULTIPLE
}
