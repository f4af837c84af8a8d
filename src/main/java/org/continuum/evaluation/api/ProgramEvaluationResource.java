package org.continuum.evaluation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.continuum.evaluation.application.EvaluationRequests;
import org.continuum.evaluation.application.FeedbackReport;
import org.continuum.evaluation.application.IssueReport;
import org.continuum.evaluation.application.ProgramEvaluations;
import org.continuum.evaluation.domain.AnonymousTally;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.shared.api.PageJson;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A program's evaluations, issuing its schedule's requests, and its anonymous feedback. */
@Path("programs/{programId}/evaluations")
@RequestScoped
@Tag(name = "evaluations")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProgramEvaluationResource {

  @Inject ProgramEvaluations evaluations;
  @Inject EvaluationRequests requests;
  @Inject InstitutionTime time;

  @GET
  @Operation(
      summary = "The program's evaluations (director, coordinator, committee)",
      description =
          "status: REQUESTED, IN_PROGRESS, SIGNED, CANCELLED or OVERDUE. Anonymous evaluations of"
              + " rotations and teaching are never listed; see anonymous-tally.")
  public PageJson<EvaluationRow> list(
      @PathParam("programId") long programId,
      @QueryParam("status") String status,
      @QueryParam("kind") String kind,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Map<String, String> filters = new HashMap<>();
    if (status != null) {
      filters.put("status", status);
    }
    if (kind != null) {
      filters.put("kind", kind);
    }
    return PageJson.of(
        evaluations.list(programId, new PageRequest(offset, limit, null, true, filters)), offset);
  }

  @POST
  @Path("issue")
  @Operation(summary = "Issue the requests of this academic year's ended blocks (idempotent)")
  public IssueReport issue(@PathParam("programId") long programId) {
    return requests.issueFromSchedule(programId, AcademicYear.containing(time.today()).start());
  }

  @GET
  @Path("anonymous-tally")
  @Operation(
      summary =
          "How many anonymous evaluations the academic year requested, and how many responses the"
              + " nightly releases have passed on")
  public AnonymousTally anonymousTally(
      @PathParam("programId") long programId, @QueryParam("year") Integer startYear) {
    int year = startYear == null ? AcademicYear.containing(time.today()).startYear() : startYear;
    return evaluations.anonymousTally(programId, year);
  }

  @GET
  @Path("feedback")
  @Operation(
      summary = "Anonymous rotation and teaching feedback, aggregated (program director)",
      description =
          "Released feedback only: new responses about a rotation and faculty member are released"
              + " together overnight once batchSize have arrived. Groups, items and comments"
              + " answered by fewer than the threshold show only their count.")
  public FeedbackReport feedback(
      @PathParam("programId") long programId, @QueryParam("year") Integer startYear) {
    int year = startYear == null ? AcademicYear.containing(time.today()).startYear() : startYear;
    return evaluations.feedback(programId, year);
  }
}
