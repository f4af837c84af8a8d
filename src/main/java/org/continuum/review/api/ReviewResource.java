package org.continuum.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.continuum.program.application.ProgramDirectory;
import org.continuum.review.application.BoardRow;
import org.continuum.review.application.CccReviews;
import org.continuum.review.application.EvidencePacket;
import org.continuum.review.application.LearningPlans;
import org.continuum.review.application.MilestoneExport;
import org.continuum.review.application.PacketPdf;
import org.continuum.review.application.PeriodView;
import org.continuum.review.application.PlanView;
import org.continuum.review.application.ReviewSigning;
import org.continuum.shared.api.DateParameter;
import org.continuum.shared.api.RequestBodies;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One review period: its board, a trainee's evidence packet, proposals, finalisation and the
 * milestone file. For the program's committee members and director only.
 */
@Path("reviews/{periodId}")
@RequestScoped
@Tag(name = "milestone review")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

  /** A proposed level with its rationale, and the proposal's version as read (null if none). */
  public record Proposal(Long version, String level, String rationale) {}

  /** Finalising: the period's version as read and the director's password. */
  public record Finalisation(Long version, String password) {}

  /** A learning goal as sent: the plan's version as read, the text, the due date, and met. */
  public record GoalChange(Long version, String goal, String dueOn, Boolean met) {}

  @Inject CccReviews reviews;
  @Inject ReviewSigning signing;
  @Inject MilestoneExport export;
  @Inject PacketPdf pdf;
  @Inject LearningPlans plans;
  @Inject ProgramDirectory programs;

  @GET
  @Operation(summary = "The period")
  public PeriodView period(@PathParam("periodId") long periodId) {
    return reviews.period(periodId);
  }

  @GET
  @Path("trainees")
  @Operation(summary = "Every trainee of the period's year, with the committee's progress")
  public List<BoardRow> board(@PathParam("periodId") long periodId) {
    return reviews.board(periodId);
  }

  @GET
  @Path("trainees/{traineeId}")
  @Operation(summary = "A trainee's evidence packet: ratings, proposals, minimums, comments")
  public EvidencePacket packet(
      @PathParam("periodId") long periodId, @PathParam("traineeId") long traineeId) {
    return reviews.packet(periodId, traineeId);
  }

  @GET
  @Path("trainees/{traineeId}/packet.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The evidence packet as a PDF")
  public Response packetPdf(
      @PathParam("periodId") long periodId, @PathParam("traineeId") long traineeId) {
    EvidencePacket packet = reviews.packet(periodId, traineeId);
    String program = programs.get(packet.period().programId()).name();
    StreamingOutput body = out -> pdf.write(packet, program, out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"packet-" + traineeId + ".pdf\"")
        .build();
  }

  @GET
  @Path("trainees/{traineeId}/learning-plan")
  @Operation(summary = "The trainee's learning plan after this (finalized) period; 404 if none")
  public PlanView plan(
      @PathParam("periodId") long periodId, @PathParam("traineeId") long traineeId) {
    PlanView plan = plans.find(periodId, traineeId);
    if (plan == null) {
      throw new RecordNotFoundException(Wording.of("reviewResource.learningPlan"));
    }
    return plan;
  }

  @POST
  @Path("trainees/{traineeId}/learning-plan")
  @Operation(summary = "Draft the learning plan from the trainee's gaps (or return the draft)")
  public PlanView draftPlan(
      @PathParam("periodId") long periodId, @PathParam("traineeId") long traineeId) {
    return plans.draftFromGaps(periodId, traineeId);
  }

  @POST
  @Path("trainees/{traineeId}/learning-plan/sharing")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Share the plan with the trainee (send the plan's version)")
  public PlanView sharePlan(
      @PathParam("periodId") long periodId,
      @PathParam("traineeId") long traineeId,
      Finalisation request) {
    PlanView plan = plan(periodId, traineeId);
    Finalisation body = RequestBodies.required(request, Wording.of("reviewResource.version"));
    return plans.share(plan.id(), RequestBodies.version(body.version()));
  }

  @POST
  @Path("trainees/{traineeId}/learning-plan/goals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a goal: {version, goal, dueOn}")
  public PlanView addGoal(
      @PathParam("periodId") long periodId,
      @PathParam("traineeId") long traineeId,
      GoalChange request) {
    GoalChange body = RequestBodies.required(request, Wording.of("reviewResource.goal"));
    return plans.addGoal(
        plan(periodId, traineeId).id(),
        RequestBodies.version(body.version()),
        body.goal(),
        DateParameter.parse("dueOn", body.dueOn(), null));
  }

  @PUT
  @Path("trainees/{traineeId}/learning-plan/goals/{seq}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revise a goal: {version, goal, dueOn, met}")
  public PlanView reviseGoal(
      @PathParam("periodId") long periodId,
      @PathParam("traineeId") long traineeId,
      @PathParam("seq") int seq,
      GoalChange request) {
    GoalChange body = RequestBodies.required(request, Wording.of("reviewResource.goal"));
    return plans.reviseGoal(
        plan(periodId, traineeId).id(),
        RequestBodies.version(body.version()),
        seq,
        body.goal(),
        DateParameter.parse("dueOn", body.dueOn(), null),
        Boolean.TRUE.equals(body.met()));
  }

  @DELETE
  @Path("trainees/{traineeId}/learning-plan/goals/{seq}")
  @Operation(summary = "Remove a goal (send the plan's version as ?version=)")
  public PlanView removeGoal(
      @PathParam("periodId") long periodId,
      @PathParam("traineeId") long traineeId,
      @PathParam("seq") int seq,
      @QueryParam("version") Long version) {
    return plans.removeGoal(plan(periodId, traineeId).id(), RequestBodies.version(version), seq);
  }

  @PUT
  @Path("trainees/{traineeId}/proposals/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Propose a level (0, or 1 to 5 in half steps) with a rationale")
  public Response propose(
      @PathParam("periodId") long periodId,
      @PathParam("traineeId") long traineeId,
      @PathParam("code") String code,
      Proposal proposal) {
    Proposal body = RequestBodies.required(proposal, Wording.of("reviewResource.proposal"));
    reviews.propose(periodId, traineeId, code, body.version(), body.level(), body.rationale());
    return Response.noContent().build();
  }

  @POST
  @Path("finalisation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Finalize the period's levels (program director, password again); it then locks")
  public PeriodView finalise(@PathParam("periodId") long periodId, Finalisation request) {
    Finalisation body =
        RequestBodies.required(request, Wording.of("reviewResource.versionPassword"));
    char[] password = body.password() == null ? new char[0] : body.password().toCharArray();
    return signing.finalise(periodId, RequestBodies.version(body.version()), password);
  }

  @GET
  @Path("milestones.csv")
  @Produces("text/csv")
  @Operation(
      summary = "The finalized levels as the milestone file (layout: docs/milestone-review.md)")
  public Response milestones(@PathParam("periodId") long periodId) {
    export.requireExportable(periodId);
    String name = export.fileName(periodId);
    StreamingOutput body = out -> export.write(periodId, out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
