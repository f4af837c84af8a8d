/**
 * Faces backing beans for the evaluation pages: the form builder, the to-do list, the completion
 * form, reading and acknowledging, and the program's overview.
 */
package org.continuum.evaluation.web;
