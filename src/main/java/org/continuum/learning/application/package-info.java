/** Use cases of case-based learning: the module library, attempts, retake rules. */
package org.continuum.learning.application;
