package org.continuum.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.continuum.evaluation.domain.CompletionRow;
import org.continuum.report.application.DashboardOverview;
import org.continuum.report.application.EarlyWarning;
import org.continuum.report.application.HeatMap;
import org.continuum.report.application.ProgramDashboard;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The program director's dashboard, whole or part by part (director and committee). */
@Path("programs/{programId}/dashboard")
@RequestScoped
@Tag(name = "reports")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject ProgramDashboard dashboard;

  @GET
  @Operation(
      summary = "The dashboard at once: periods, heat map, minimums report and early warnings",
      description =
          "The heat map is that of the given period, else the latest; it is absent before the"
              + " first review period opens. Early warnings always use the latest period.")
  public DashboardOverview overview(
      @PathParam("programId") long programId, @QueryParam("period") Long periodId) {
    return dashboard.overview(programId, periodId);
  }

  @GET
  @Path("heat-map")
  @Operation(summary = "Levels by trainee and subcompetency against target, for a review period")
  public HeatMap heatMap(
      @PathParam("programId") long programId, @QueryParam("period") Long periodId) {
    return dashboard.heatMap(programId, periodId);
  }

  @GET
  @Path("early-warnings")
  @Operation(summary = "Trainees with a level below their target, or behind on minimums")
  public List<EarlyWarning> earlyWarnings(@PathParam("programId") long programId) {
    return dashboard.earlyWarnings(programId);
  }

  @GET
  @Path("faculty-completion")
  @Operation(summary = "Per faculty member: evaluations asked, signed, open and overdue this year")
  public List<CompletionRow> completion(@PathParam("programId") long programId) {
    return dashboard.facultyCompletion(programId);
  }
}
