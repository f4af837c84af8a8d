/**
 * Use cases of the committee review: evidence packets, proposals, finalisation, targets and the
 * milestone export.
 */
package org.continuum.review.application;
