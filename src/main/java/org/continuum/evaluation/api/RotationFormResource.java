package org.continuum.evaluation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.continuum.evaluation.application.RotationForms;
import org.continuum.shared.api.RequestBodies;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The forms a program's rotations use instead of the program's default. */
@Path("programs/{programId}/rotation-forms")
@RequestScoped
@Tag(name = "evaluations")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class RotationFormResource {

  /** A form to use on a rotation, by code: its newest published version is used. */
  public record Choice(Long rotationId, String formCode) {}

  @Inject RotationForms rotationForms;

  @GET
  @Operation(summary = "The rotations with a form of their own, for the program's leadership")
  public List<RotationForms.Row> list(@PathParam("programId") long programId) {
    return rotationForms.of(programId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Use a form on a rotation (program director)",
      description =
          "Replaces the rotation's form of the same kind if it has one; without a rotationId the"
              + " form becomes the default of every rotation without one. The form must be"
              + " published in the program; the anonymous evaluation of teaching is not chosen"
              + " per rotation.")
  public RotationForms.Row choose(@PathParam("programId") long programId, Choice choice) {
    Choice body = RequestBodies.required(choice, Wording.of("rotationFormResource.body"));
    return rotationForms.choose(programId, body.rotationId(), body.formCode());
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "The rotation goes back to the program's default form (program director)",
      description = "Send the version read, as ?version=.")
  public Response remove(
      @PathParam("programId") long programId,
      @PathParam("id") long id,
      @QueryParam("version") Long version) {
    rotationForms.remove(programId, id, RequestBodies.version(version));
    return Response.noContent().build();
  }
}
