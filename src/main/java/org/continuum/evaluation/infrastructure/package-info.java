/**
 * JPA repositories, the evaluation-forms and demo-evaluations seed importers, the daily scheduler
 * and the mail sender.
 */
package org.continuum.evaluation.infrastructure;
