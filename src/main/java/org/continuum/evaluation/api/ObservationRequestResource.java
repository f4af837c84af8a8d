package org.continuum.evaluation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.continuum.evaluation.application.EvaluationDetail;
import org.continuum.evaluation.application.EvaluationRequests;
import org.continuum.shared.api.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Asking for a direct observation of a logged procedure. */
@Path("procedure-logs/{logId}/observation-request")
@RequestScoped
@Tag(name = "evaluations")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ObservationRequestResource {

  @Inject EvaluationRequests requests;

  @POST
  @Operation(
      summary = "Ask the entry's supervisor for a direct observation of it",
      description =
          "The trainee or the supervisor of the entry may ask; asking again returns the same"
              + " request.")
  public Response request(@PathParam("logId") long logId) {
    EvaluationDetail asked = requests.requestObservation(logId);
    return Response.created(URI.create("evaluations/" + asked.id())).entity(asked).build();
  }
}
