package org.continuum.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.continuum.procedure.application.ProcedureHistory;
import org.continuum.report.application.RequirementMatrix;
import org.continuum.report.application.RequirementOverview;
import org.continuum.report.application.Requirements;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Procedures, evaluations and modules, done against required. */
@Path("programs/{programId}/requirements")
@RequestScoped
@Tag(name = "reports")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class RequirementResource {

  @Inject Requirements requirements;

  @GET
  @Operation(summary = "Every trainee in training, counted against the requirements (leadership)")
  public RequirementOverview overview(@PathParam("programId") long programId) {
    return requirements.overview(programId);
  }

  @GET
  @Path("trainees/{traineeId}")
  @Operation(
      summary =
          "One trainee's requirement matrix (the trainee, director, committee; the coordinator"
              + " without module scores)")
  public RequirementMatrix matrix(
      @PathParam("programId") long programId, @PathParam("traineeId") long traineeId) {
    return requirements.of(programId, traineeId);
  }

  @GET
  @Path("trainees/{traineeId}/history")
  @Operation(
      summary =
          "One trainee's procedure minimums month by month: verified by the end of each month and"
              + " what the pace asked by then (whoever may read the matrix)")
  public ProcedureHistory history(
      @PathParam("programId") long programId, @PathParam("traineeId") long traineeId) {
    return requirements.history(programId, traineeId);
  }
}
