package org.continuum.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.continuum.review.application.Trajectories;
import org.continuum.review.application.Trajectory;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trainee's final milestone levels over the finalised review periods. */
@Path("programs/{programId}/trainees/{traineeId}/trajectory")
@RequestScoped
@Tag(name = "milestone review")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class TrajectoryResource {

  @Inject Trajectories trajectories;

  @GET
  @Operation(summary = "For the trainee themselves, and the program's committee and director")
  public Trajectory get(
      @PathParam("programId") long programId, @PathParam("traineeId") long traineeId) {
    return trajectories.of(programId, traineeId);
  }
}
