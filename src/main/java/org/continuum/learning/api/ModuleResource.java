package org.continuum.learning.api;

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
import java.util.List;
import org.continuum.learning.application.AttemptView;
import org.continuum.learning.application.LoadResult;
import org.continuum.learning.application.ModuleAnalytics;
import org.continuum.learning.application.ModuleAttempts;
import org.continuum.learning.application.ModuleCard;
import org.continuum.learning.application.ModuleLibrary;
import org.continuum.learning.application.ModuleReport;
import org.continuum.learning.application.ModuleRequirements;
import org.continuum.learning.application.ModuleSummary;
import org.continuum.learning.application.RequirementView;
import org.continuum.learning.application.RetakePolicies;
import org.continuum.learning.application.RetakePolicyView;
import org.continuum.shared.api.RequestBodies;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A program's case-based modules: the library, a trainee's own list and attempts, retake rules. */
@Path("programs/{programId}/modules")
@RequestScoped
@Tag(name = "case-based modules")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

  /** Retake rules as sent; {@code version} null the first time. */
  public record PolicyChange(
      Long version, Integer maxAttempts, Integer waitHours, Boolean retakeAfterPass) {}

  /**
   * A requirement as sent: the module's id (code), and by PGY or during a rotation (or neither).
   */
  public record RequirementChange(String moduleCode, Integer byPgy, Long rotationId) {}

  @Inject ModuleLibrary library;
  @Inject ModuleRequirements requirements;
  @Inject ModuleAnalytics analytics;
  @Inject ModuleAttempts attempts;
  @Inject RetakePolicies policies;

  @GET
  @Operation(summary = "The latest version of each module the program's people may take")
  public List<ModuleSummary> available(@PathParam("programId") long programId) {
    return library.availableTo(programId);
  }

  @POST
  @Consumes({"text/markdown", MediaType.TEXT_PLAIN})
  @Operation(summary = "Upload a module file (director); problems come back one per line")
  public LoadResult upload(@PathParam("programId") long programId, String file) {
    return library.upload(programId, file);
  }

  @GET
  @Path("{moduleId}/source")
  @Produces("text/markdown")
  @Operation(summary = "A module's file, for a director to adapt")
  public String source(
      @PathParam("programId") long programId, @PathParam("moduleId") long moduleId) {
    return library.source(programId, moduleId);
  }

  @GET
  @Path("mine")
  @Operation(summary = "The signed-in trainee's modules with their standing on each")
  public List<ModuleCard> mine(@PathParam("programId") long programId) {
    return attempts.mine(programId);
  }

  @POST
  @Path("{moduleId}/attempts")
  @Operation(summary = "Start an attempt, or resume the one already open")
  public AttemptView start(
      @PathParam("programId") long programId, @PathParam("moduleId") long moduleId) {
    return attempts.start(programId, moduleId);
  }

  @GET
  @Path("{moduleId}/analytics")
  @Operation(summary = "Completion, score distribution, item difficulty and discrimination")
  public ModuleReport analytics(
      @PathParam("programId") long programId, @PathParam("moduleId") long moduleId) {
    return analytics.of(programId, moduleId);
  }

  @GET
  @Path("requirements")
  @Operation(summary = "The modules the program requires, and when")
  public List<RequirementView> requirements(@PathParam("programId") long programId) {
    return requirements.list(programId);
  }

  @POST
  @Path("requirements")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Require a module by a PGY, during a rotation, or by graduation (director)")
  public RequirementView require(@PathParam("programId") long programId, RequirementChange change) {
    RequirementChange body =
        RequestBodies.required(change, Wording.of("moduleResource.requirement"));
    return requirements.add(programId, body.moduleCode(), body.byPgy(), body.rotationId());
  }

  @DELETE
  @Path("requirements/{requirementId}")
  @Operation(summary = "Stop requiring a module (director; send ?version=)")
  public Response unrequire(
      @PathParam("programId") long programId,
      @PathParam("requirementId") long requirementId,
      @QueryParam("version") Long version) {
    requirements.remove(programId, requirementId, RequestBodies.version(version));
    return Response.noContent().build();
  }

  @GET
  @Path("retake-policy")
  @Operation(summary = "The program's retake rules (director, coordinator)")
  public RetakePolicyView policy(@PathParam("programId") long programId) {
    return policies.get(programId);
  }

  @PUT
  @Path("retake-policy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the retake rules (director): maxAttempts (null: no limit), waitHours")
  public RetakePolicyView setPolicy(@PathParam("programId") long programId, PolicyChange change) {
    PolicyChange body = RequestBodies.required(change, Wording.of("moduleResource.retakeRules"));
    return policies.set(
        programId,
        body.version(),
        body.maxAttempts(),
        body.waitHours() == null ? 0 : body.waitHours(),
        !Boolean.FALSE.equals(body.retakeAfterPass()));
  }
}
