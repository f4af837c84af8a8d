package org.continuum.shared.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.continuum.shared.application.Causes;
import org.continuum.shared.application.DatabaseUnavailable;
import org.continuum.shared.application.ErrorReference;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.ConcurrentEditException;
import org.continuum.shared.domain.DomainException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.TryLaterException;
import org.continuum.shared.domain.Wording;

/**
 * Maps every exception an API call can end in to a problem answer. Domain refusals keep their
 * user-facing message; anything unexpected is logged with a reference and answered without its
 * text.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  public static final String PROBLEM_JSON = "application/problem+json";

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    DomainException refusal = Causes.find(thrown, DomainException.class);
    if (refusal != null) {
      return fromRefusal(refusal);
    }
    if (Causes.find(thrown, OptimisticLockException.class) != null) {
      return fromRefusal(new ConcurrentEditException(null, null));
    }
    if (Causes.find(thrown, JsonbException.class) != null
        || Causes.find(thrown, JsonException.class) != null
        || thrown instanceof ProcessingException) {
      return problem(400, "Bad Request", Wording.of("api.notJson"), List.of(), null);
    }
    if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return problem(
          status,
          Response.Status.fromStatusCode(status) == null
              ? "Error"
              : Response.Status.fromStatusCode(status).getReasonPhrase(),
          clientErrorDetail(status),
          List.of(),
          null);
    }
    if (DatabaseUnavailable.isCause(thrown)) {
      LOG.warning(() -> "Database unavailable, answered 503: " + thrown);
      return fromRefusal(TryLaterException.databaseUnavailable());
    }
    String reference = ErrorReference.create();
    LOG.log(Level.SEVERE, "Unexpected error in the API, reference " + reference, thrown);
    return problem(
        500, "Internal Server Error", Wording.of("api.failed", reference), List.of(), reference);
  }

  private static Response fromRefusal(DomainException refusal) {
    if (refusal instanceof TryLaterException later) {
      int status = later.isBusy() ? 503 : 429;
      return Response.fromResponse(
              problem(
                  status,
                  later.isBusy() ? "Service Unavailable" : "Too Many Requests",
                  later.userMessage(),
                  List.of(),
                  null))
          .header("Retry-After", later.retryAfterSeconds())
          .build();
    }
    if (refusal instanceof InvalidInputException invalid) {
      return problem(
          400,
          "Bad Request",
          invalid.userMessage(),
          invalid.errors().stream()
              .map(e -> new Problem.FieldProblem(e.field(), e.message()))
              .toList(),
          null);
    }
    if (refusal instanceof AccessDeniedException) {
      return problem(403, "Forbidden", refusal.userMessage(), List.of(), null);
    }
    if (refusal instanceof RecordNotFoundException) {
      return problem(404, "Not Found", refusal.userMessage(), List.of(), null);
    }
    if (refusal instanceof ConcurrentEditException || refusal instanceof RuleViolationException) {
      return problem(409, "Conflict", refusal.userMessage(), List.of(), null);
    }
    return problem(422, "Unprocessable Content", refusal.userMessage(), List.of(), null);
  }

  private static String clientErrorDetail(int status) {
    return switch (status) {
      case 401 -> Wording.of("api.signIn");
      case 403 -> Wording.of("access.denied");
      case 404 -> Wording.of("api.nothingHere");
      case 405 -> Wording.of("api.method");
      case 406, 415 -> Wording.of("api.json");
      default -> Wording.of("api.notProcessed");
    };
  }

  static Response problem(
      int status,
      String title,
      String detail,
      List<Problem.FieldProblem> errors,
      String reference) {
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(new Problem(status, title, detail, errors, reference))
        .build();
  }
}
