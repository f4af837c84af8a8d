/** Framework use cases: reading, adopting, drafting a new version, editing and publishing it. */
package org.continuum.competency.application;
