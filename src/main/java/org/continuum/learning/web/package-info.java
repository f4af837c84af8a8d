/** Pages of case-based modules: the trainee's list, the module player, the director's library. */
package org.continuum.learning.web;
