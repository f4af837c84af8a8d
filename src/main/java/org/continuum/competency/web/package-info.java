/** Framework pages for program directors: the program's framework and the draft editor. */
package org.continuum.competency.web;
