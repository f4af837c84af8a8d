/** Backing beans of the report pages. */
package org.continuum.report.web;
