package org.continuum.procedure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.continuum.procedure.application.Verifications;
import org.continuum.procedure.domain.LogRow;
import org.continuum.shared.api.PageJson;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A faculty member's verification queue. */
@Path("verifications")
@RequestScoped
@Tag(name = "procedure logs")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

  @Inject Verifications verifications;

  @GET
  @Operation(
      summary = "Entries waiting for the caller's verification, oldest first",
      description =
          "Verify or return each with POST /api/v1/procedure-logs/{id}/verify or /reject.")
  public PageJson<LogRow> queue(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return PageJson.of(verifications.queue(PageRequest.of(offset, limit)), offset);
  }
}
