package org.continuum.competency.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.continuum.competency.application.FrameworkView;
import org.continuum.competency.application.Frameworks;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The framework version a program evaluates against. */
@Path("programs/{programId}/framework")
@RequestScoped
@Tag(name = "competency frameworks")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProgramFrameworkResource {

  @Inject Frameworks frameworks;

  @GET
  @Operation(summary = "The program's current framework (for anyone holding a role in it)")
  @APIResponse(responseCode = "404", description = "The program has not chosen a framework")
  public FrameworkView get(@PathParam("programId") long programId) {
    return frameworks
        .ofProgram(programId)
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    Wording.of("programFrameworkResource.programsFramework")));
  }
}
