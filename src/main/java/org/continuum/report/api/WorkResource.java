package org.continuum.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.continuum.report.application.ProgramWork;
import org.continuum.report.application.WorkToDo;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a program's director or coordinator has to chase today, as their home shows it. */
@Path("programs/{programId}/work")
@RequestScoped
@Tag(name = "reports")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource {

  @Inject WorkToDo work;

  @GET
  @Operation(
      summary =
          "Faculty with overdue evaluations, supervisors with entries waiting over a week, trainees"
              + " behind on a requirement, and this term's milestone review (director,"
              + " coordinator)")
  public ProgramWork of(@PathParam("programId") long programId) {
    return work.of(programId);
  }
}
