package org.continuum.evaluation.application;

import java.io.Serializable;
import org.continuum.evaluation.domain.ItemType;

/** A form item as the builder edits it; {@code seq} is null for a new item. */
public record ItemInput(
    Integer seq, ItemType type, String prompt, String subcompetencyCode, boolean required)
    implements Serializable {}
