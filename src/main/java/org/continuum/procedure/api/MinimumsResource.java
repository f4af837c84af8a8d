package org.continuum.procedure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.continuum.procedure.application.MinimumView;
import org.continuum.procedure.application.MinimumsReport;
import org.continuum.procedure.application.ProcedureStandards;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A program's procedure minimums and the report of every trainee against them. */
@Path("procedure-minimums")
@RequestScoped
@Tag(name = "procedure minimums")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class MinimumsResource {

  @Inject ProcedureStandards standards;
  @Inject MinimumsReport report;

  @GET
  @Operation(summary = "The program's minimums (anyone holding a role in it)")
  public List<MinimumView> list(@QueryParam("program") Long programId) {
    return standards.list(program(programId));
  }

  @GET
  @Path("report")
  @Operation(
      summary = "Every trainee in training against every minimum",
      description =
          "For the program's director, coordinators and committee; pgy narrows to one year.")
  public MinimumsReport.Report report(
      @QueryParam("program") Long programId, @QueryParam("pgy") Integer pgy) {
    return report.report(program(programId), pgy);
  }

  private static long program(Long programId) {
    if (programId == null) {
      throw new InvalidInputException(
          "program", Wording.of("minimumsResource.nameProgramProgramId"));
    }
    return programId;
  }
}
