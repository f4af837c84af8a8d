/** REST API of case-based modules. */
package org.continuum.learning.api;
