/** JPA repository for frameworks and the competency-framework seed importer. */
package org.continuum.competency.infrastructure;
