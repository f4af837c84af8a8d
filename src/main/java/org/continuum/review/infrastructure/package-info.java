/** JPA repositories and the milestone-history seed importer. */
package org.continuum.review.infrastructure;
