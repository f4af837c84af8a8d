package org.continuum.procedure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.continuum.procedure.application.ProgramLogs;
import org.continuum.procedure.domain.RecodedRow;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What changed when codes began to follow from each entry's details (issue 18). */
@Path("programs/{programId}/coding-changes")
@RequestScoped
@Tag(name = "procedure logs")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class CodingChangesResource {

  @Inject ProgramLogs logs;

  @GET
  @Operation(
      summary = "Entries whose codes changed when codes began to follow what was done",
      description =
          "Entries logged before codes were derived from their details whose primary code differs"
              + " from the one the old export gave, or that could not be coded (problem says why)."
              + " Program director, coordinator and committee members.")
  public List<RecodedRow> list(@PathParam("programId") long programId) {
    return logs.codingChanges(programId);
  }
}
