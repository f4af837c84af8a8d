/**
 * Clinical Competency Committee review: review periods (fall and spring of an academic year), the
 * committee's proposed milestone levels, the levels the program director finalises and signs, the
 * program's target levels, and the statistics of ratings the committee reads.
 */
package org.continuum.review.domain;
