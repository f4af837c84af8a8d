package org.continuum.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.continuum.review.application.MilestoneTargets;
import org.continuum.review.application.TargetGrid;
import org.continuum.review.domain.Term;
import org.continuum.shared.api.RequestBodies;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A program's target milestone levels. */
@Path("programs/{programId}/milestone-targets")
@RequestScoped
@Tag(name = "milestone review")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class MilestoneTargetResource {

  /**
   * One target: subcompetency code or "*" for all, year of training, term, level (blank = default).
   */
  public record Target(String subcompetency, Integer trainingYear, Term term, String level) {}

  @Inject MilestoneTargets targets;

  @GET
  @Operation(summary = "Targets by year of training and term, program-wide and per subcompetency")
  public TargetGrid grid(@PathParam("programId") long programId) {
    return targets.grid(programId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set (or, with a blank level, remove) one target (program director)")
  public Response set(@PathParam("programId") long programId, Target target) {
    Target body = RequestBodies.required(target, Wording.of("milestoneTargetResource.target"));
    if (body.trainingYear() == null || body.term() == null) {
      throw new InvalidInputException(
          "trainingYear", Wording.of("milestoneTargetResource.yearTrainingTermRequired"));
    }
    targets.set(programId, body.subcompetency(), body.trainingYear(), body.term(), body.level());
    return Response.noContent().build();
  }
}
