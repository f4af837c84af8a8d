package org.continuum.competency.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.continuum.competency.application.FrameworkSummary;
import org.continuum.competency.application.FrameworkView;
import org.continuum.competency.application.Frameworks;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Competency frameworks, every version, with their subcompetencies and level descriptors. */
@Path("frameworks")
@RequestScoped
@Tag(name = "competency frameworks")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {

  @Inject Frameworks frameworks;

  @GET
  @Operation(summary = "Every framework version, drafts included, by code then version")
  public List<FrameworkSummary> list() {
    return frameworks.list();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One framework version with its subcompetencies and level descriptors")
  @APIResponse(responseCode = "404", description = "No such framework")
  public FrameworkView get(@PathParam("id") long id) {
    return frameworks.get(id);
  }
}
