/**
 * Case-based learning modules: the module file format, module versions, attempts with their answers
 * and scores, and programs' retake rules.
 */
package org.continuum.learning.domain;
