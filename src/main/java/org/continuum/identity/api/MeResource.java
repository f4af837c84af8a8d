package org.continuum.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.continuum.identity.application.CurrentUser;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the token belongs to, and the roles they hold where. */
@Path("me")
@RequestScoped
@Tag(name = "authentication")
@SecurityRequirement(name = RestApplication.BEARER)
public class MeResource {

  public record RoleHeld(String role, Long programId) {}

  public record Me(long id, String username, String displayName, List<RoleHeld> roles) {}

  @Inject CurrentUser currentUser;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The signed-in person and their roles")
  public Me me() {
    return new Me(
        currentUser.accountId(),
        currentUser.username(),
        currentUser.displayName(),
        currentUser.memberships().stream()
            .map(m -> new RoleHeld(m.getRole().name(), m.getProgramId()))
            .toList());
  }
}
