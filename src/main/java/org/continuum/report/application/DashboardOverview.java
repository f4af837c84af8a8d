package org.continuum.report.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.procedure.application.MinimumsReport;
import org.continuum.review.application.PeriodView;

/**
 * The program director's dashboard in one answer: the review periods (latest first), the heat map
 * of the chosen period (null before the first period opens), every trainee against the procedure
 * minimums, the trainees to act on now, and what the latest check of every seal found in the
 * program (null if none ran since the server started): the heat map is drawn from signed records.
 */
public record DashboardOverview(
    List<PeriodView> periods,
    HeatMap heatMap,
    MinimumsReport.Report minimums,
    List<EarlyWarning> earlyWarnings,
    SealAudit.ProgramSeals seals)
    implements Serializable {}
