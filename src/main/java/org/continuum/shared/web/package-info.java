/**
 * Shared web support: the exception handler that turns failures into messages, the lazy table
 * model, messages, formats, filters.
 */
package org.continuum.shared.web;
