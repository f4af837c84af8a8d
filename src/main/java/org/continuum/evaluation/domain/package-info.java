/**
 * Evaluations: versioned forms built from items, evaluations that carry their request, draft and
 * signed content, signatures that bind a signer to one content revision by hash, and anonymous
 * feedback that is kept apart from its author.
 */
package org.continuum.evaluation.domain;
