/**
 * Use cases of evaluations: building forms, issuing requests from the schedule and on demand,
 * completing, signing, amending and acknowledging, reminders, and the anonymous feedback report.
 */
package org.continuum.evaluation.application;
