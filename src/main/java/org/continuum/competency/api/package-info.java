/** REST for frameworks and a program's framework. */
package org.continuum.competency.api;
