package org.continuum.learning.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.continuum.learning.application.AttemptView;
import org.continuum.learning.application.ModuleAttempts;
import org.continuum.shared.api.RequestBodies;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trainee's attempt at a module: read it, answer the current stage, move on. */
@Path("module-attempts/{attemptId}")
@RequestScoped
@Tag(name = "case-based modules")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ModuleAttemptResource {

  /** An answer: the attempt's version as read, the question's key, the options chosen (from 0). */
  public record Answer(Long version, String question, List<Integer> chosen) {}

  /** The attempt's version as read. */
  public record Step(Long version) {}

  @Inject ModuleAttempts attempts;

  @GET
  @Operation(summary = "The attempt as far as it has gone; no answer key before an answer")
  public AttemptView get(@PathParam("attemptId") long attemptId) {
    return attempts.get(attemptId);
  }

  @POST
  @Path("answers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer a question of the current stage (final)")
  public AttemptView answer(@PathParam("attemptId") long attemptId, Answer answer) {
    Answer body = RequestBodies.required(answer, Wording.of("moduleAttemptResource.answer"));
    if (body.question() == null || body.question().isBlank()) {
      throw new InvalidInputException(
          "question", Wording.of("moduleAttemptResource.questionRequiredSendIts"));
    }
    return attempts.answer(
        attemptId, RequestBodies.version(body.version()), body.question(), chosen(body.chosen()));
  }

  private static Set<Integer> chosen(List<Integer> chosen) {
    if (chosen == null) {
      return Set.of();
    }
    if (chosen.contains(null)) {
      throw new InvalidInputException(
          "chosen", Wording.of("moduleAttemptResource.chosenOptionsNumbers0"));
    }
    return Set.copyOf(chosen);
  }

  @POST
  @Path("advance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Open the next stage, or finish and score after the last")
  public AttemptView advance(@PathParam("attemptId") long attemptId, Step step) {
    Step body = RequestBodies.required(step, Wording.of("moduleAttemptResource.version"));
    return attempts.advance(attemptId, RequestBodies.version(body.version()));
  }
}
