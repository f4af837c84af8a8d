package org.continuum.evaluation.domain;

import java.io.Serializable;

/** What an evaluator entered for one item: a scale value and/or a text. Blank means nothing. */
public record AnswerInput(int itemSeq, String value, String text) implements Serializable {}
