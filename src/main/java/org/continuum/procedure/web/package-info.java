/** Procedure pages: logging, my logs, the verification queue, program logs, standards, import. */
package org.continuum.procedure.web;
