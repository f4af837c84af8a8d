package org.continuum.shared.domain;

/**
 * A view whose record's details travel as one value, declared once where the record keeps them (a
 * procedure entry's clinical facts, say). In JSON the details' properties stand beside the view's
 * own, as if the view declared them, so a detail added to the record reaches every view and answer
 * without touching them.
 */
public interface Detailed {

  Object details();
}
