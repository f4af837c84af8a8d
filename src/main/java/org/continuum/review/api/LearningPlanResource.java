package org.continuum.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.continuum.review.application.LearningPlans;
import org.continuum.review.application.PlanView;
import org.continuum.shared.api.RequestBodies;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in trainee's learning plans. */
@Path("learning-plans")
@RequestScoped
@Tag(name = "milestone review")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class LearningPlanResource {

  /** The version read. */
  public record VersionOnly(Long version) {}

  @Inject LearningPlans plans;

  @GET
  @Operation(summary = "The caller's shared learning plans, newest first")
  public List<PlanView> mine() {
    return plans.mine();
  }

  @POST
  @Path("{id}/acknowledgement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The trainee acknowledges a shared plan")
  public PlanView acknowledge(@PathParam("id") long id, VersionOnly request) {
    VersionOnly body = RequestBodies.required(request, Wording.of("learningPlanResource.version"));
    return plans.acknowledge(id, RequestBodies.version(body.version()));
  }
}
