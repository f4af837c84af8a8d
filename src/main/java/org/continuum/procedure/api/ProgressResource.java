package org.continuum.procedure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.continuum.procedure.application.ProgramProgress;
import org.continuum.procedure.application.TraineeProgress;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trainee's progress against their program's procedure minimums. */
@Path("procedure-progress")
@RequestScoped
@Tag(name = "procedure minimums")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

  @Inject TraineeProgress progress;

  @GET
  @Operation(
      summary =
          "The caller's progress against each minimum, with verified and pending counts and pace")
  public List<ProgramProgress> mine() {
    return progress.mine();
  }
}
