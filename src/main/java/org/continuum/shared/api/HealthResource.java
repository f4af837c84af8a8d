package org.continuum.shared.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.continuum.shared.domain.DatabaseStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Liveness and readiness for load balancers and monitors; answers without signing in. */
@Path("health")
@RequestScoped
@Tag(name = "health")
public class HealthResource {

  /** The answer: UP when the application and its database answer. */
  public record Health(String status, String database) {}

  @Inject DatabaseStatus database;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Whether the application and its database are up (no sign-in needed)")
  public Response health() {
    boolean databaseUp = database.answers();
    Health health = new Health(databaseUp ? "UP" : "DOWN", databaseUp ? "UP" : "DOWN");
    return Response.status(databaseUp ? 200 : 503).entity(health).build();
  }
}
