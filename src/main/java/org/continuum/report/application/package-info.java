/**
 * Program reports that read across contexts: the program director dashboard (heat map, early
 * warnings, faculty completion), as projections.
 */
package org.continuum.report.application;
