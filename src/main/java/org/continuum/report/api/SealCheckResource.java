package org.continuum.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.continuum.report.application.SealAudit;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The institution's seal check (administrators). */
@Path("seal-checks")
@RequestScoped
@Tag(name = "administration")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class SealCheckResource {

  @Inject SealAudit seals;

  @POST
  @Operation(
      summary = "Check every seal now",
      description =
          "Recomputes the seal of every signed evaluation and finalized milestone review; lists"
              + " each one that does not verify.")
  public SealAudit.Run check() {
    return seals.run();
  }

  @GET
  @Path("latest")
  @Operation(summary = "The latest check since the server started")
  public SealAudit.Run latest() {
    return seals
        .latest()
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("sealCheckResource.sealCheck")));
  }
}
