/** JPA repositories for procedures, the given-name dictionary, and the procedure seed importers. */
package org.continuum.procedure.infrastructure;
