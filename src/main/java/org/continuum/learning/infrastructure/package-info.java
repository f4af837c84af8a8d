/** Persistence of modules, attempts and retake rules. */
package org.continuum.learning.infrastructure;
