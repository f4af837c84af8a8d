package org.continuum.procedure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.continuum.procedure.application.CaseLogSettingsService;
import org.continuum.procedure.application.CaseLogSettingsView;
import org.continuum.procedure.domain.FluoroscopyRecording;
import org.continuum.shared.api.RequestBodies;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a program records in its case log beyond every program: fluoroscopy time and dose. */
@Path("programs/{programId}/case-log-settings")
@RequestScoped
@Tag(name = "procedure logs")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class CaseLogSettingsResource {

  /** fluoroscopy: NOT_ASKED, OPTIONAL or REQUIRED. */
  public record SettingsChange(Long version, FluoroscopyRecording fluoroscopy) {}

  @Inject CaseLogSettingsService settings;

  @GET
  @Operation(summary = "The program's case log settings (director, coordinator)")
  public CaseLogSettingsView get(@PathParam("programId") long programId) {
    return settings.view(programId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change them (director; send the version read)",
      description =
          "Applies to entries logged or corrected from now on; imports keep values given and never"
              + " require them.")
  public CaseLogSettingsView change(@PathParam("programId") long programId, SettingsChange change) {
    SettingsChange body =
        RequestBodies.required(change, Wording.of("caseLogSettingsResource.caseLogSettings"));
    return settings.recordFluoroscopy(
        programId, RequestBodies.version(body.version()), body.fluoroscopy());
  }
}
