/**
 * Backing beans of the committee pages: periods, the evidence packet with proposals, and targets.
 */
package org.continuum.review.web;
