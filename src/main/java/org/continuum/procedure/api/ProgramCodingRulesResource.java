package org.continuum.procedure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.continuum.procedure.application.ProcedureRules;
import org.continuum.procedure.application.ProgramCodingRules;
import org.continuum.shared.api.RequestBodies;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A program's coding rules for one procedure, and the director's corrections of them. */
@Path("programs/{programId}/coding-rules/{procedureCode}")
@RequestScoped
@Tag(name = "procedure logs")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProgramCodingRulesResource {

  /** rows: Markdown table rows; basedOn: the inForce key read (for publishing). */
  public record Correction(String rows, String reason, String basedOn) {}

  /** How many rules the corrected rule set would hold. */
  public record Checked(int rules) {}

  @Inject ProgramCodingRules rules;

  @GET
  @Operation(
      summary = "The procedure's rules in force and in the bundled set (director, coordinator)")
  public ProcedureRules get(
      @PathParam("programId") long programId, @PathParam("procedureCode") String procedureCode) {
    return rules.view(programId, procedureCode);
  }

  @POST
  @Path("check")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Check corrected rows without publishing them (director)")
  @APIResponse(responseCode = "400", description = "Each problem, naming the row")
  public Checked check(
      @PathParam("programId") long programId,
      @PathParam("procedureCode") String procedureCode,
      Correction correction) {
    Correction body =
        RequestBodies.required(correction, Wording.of("programCodingRulesResource.correctedRows"));
    return new Checked(rules.check(programId, procedureCode, body.rows()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Publish corrected rows as the program's next rule set (director)",
      description =
          "Codes entries logged or corrected from now on; entries already logged keep their"
              + " codes. Send basedOn, the inForce key read, and a reason.")
  @APIResponse(responseCode = "409", description = "Another correction was published since")
  public ProcedureRules publish(
      @PathParam("programId") long programId,
      @PathParam("procedureCode") String procedureCode,
      Correction correction) {
    Correction body =
        RequestBodies.required(correction, Wording.of("programCodingRulesResource.correctedRows"));
    return rules.publish(programId, procedureCode, body.rows(), body.reason(), body.basedOn());
  }
}
