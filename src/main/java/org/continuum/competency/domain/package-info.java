/**
 * Competency frameworks: versioned sets of subcompetencies with descriptors for levels 1 to 5,
 * grouped under the six core competencies, and the version each program evaluates against.
 */
package org.continuum.competency.domain;
