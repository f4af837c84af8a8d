/** REST for procedure logs, verifications, the catalog, progress and minimums. */
package org.continuum.procedure.api;
