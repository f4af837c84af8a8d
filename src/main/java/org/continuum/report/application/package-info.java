/**
 * Program reports that read across contexts: the program director dashboard (heat map, early
 * warnings, faculty completion), as projections; the trainee portfolio.
 */
package org.continuum.report.application;
