/**
 * Shared application services: the institution's calendar, where a request came from, the system
 * context for trusted work.
 */
package org.continuum.shared.application;
