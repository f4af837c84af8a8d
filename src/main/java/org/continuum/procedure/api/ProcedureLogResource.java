package org.continuum.procedure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.continuum.procedure.application.CodingPreview;
import org.continuum.procedure.application.IdempotentSubmission;
import org.continuum.procedure.application.LogView;
import org.continuum.procedure.application.ProcedureCatalog;
import org.continuum.procedure.application.ProcedureLogging;
import org.continuum.procedure.application.Submission;
import org.continuum.procedure.application.Verifications;
import org.continuum.procedure.domain.LogRow;
import org.continuum.procedure.domain.LogSource;
import org.continuum.shared.api.PageJson;
import org.continuum.shared.api.RequestBodies;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.api.SharedJsonb;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.Sha256;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Procedure logs: trainees log and correct their own; supervisors verify or return them. */
@Path("procedure-logs")
@RequestScoped
@Tag(name = "procedure logs")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureLogResource {

  /** Carries the version shown, so an entry changed meanwhile is not overwritten. */
  public record Decision(Long version, String reason) {}

  @Inject IdempotentSubmission submissions;
  @Inject ProcedureLogging logging;
  @Inject Verifications verifications;
  @Inject ProcedureCatalog catalog;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Log a procedure",
      description =
          "Requires an Idempotency-Key header, unique per new entry (a UUID). Sending the same"
              + " request with the same key again, also concurrently, returns the first entry and"
              + " creates nothing (header Idempotent-Replayed: true). Reusing a key for a different"
              + " entry is refused with 409.")
  @APIResponse(responseCode = "201", description = "Logged (or the earlier entry, replayed)")
  @APIResponse(responseCode = "400", description = "A field breaks a rule; each is named")
  @APIResponse(responseCode = "409", description = "The key was used for a different entry")
  public Response log(
      @Parameter(required = true, description = "Unique per new entry; 8 to 80 characters")
          @HeaderParam("Idempotency-Key")
          String key,
      LogRequest request,
      @Context UriInfo uri) {
    LogRequest body = required(request);
    String hash = hash(body);
    body.setProcedureTypeId(procedureId(body));
    Submission submission = submissions.submit(body.getProgramId(), body, LogSource.API, key, hash);
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(submission.log().id())).build())
        .header("Idempotent-Replayed", Boolean.toString(submission.replayed()))
        .entity(submission.log())
        .build();
  }

  @POST
  @Path("coding-preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The codes an entry would be logged as",
      description =
          "Send the entry as for logging; nothing is saved. The answer has the codes (primary"
              + " first, each with its modifier and count) once the details decide them, or a"
              + " message saying what is missing or why the combination cannot be coded. The rules"
              + " are the program's (programId, needed only by a trainee in more than one).")
  public CodingPreview preview(LogRequest request) {
    LogRequest body = required(request);
    body.setProcedureTypeId(procedureId(body));
    return logging.preview(body.getProgramId(), body);
  }

  @GET
  @Operation(summary = "The caller's own entries, newest first")
  public PageJson<LogRow> mine(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit,
      @QueryParam("status") String status) {
    PageRequest request =
        new PageRequest(
            offset, limit, null, false, status == null ? Map.of() : Map.of("status", status));
    return PageJson.of(logging.mine(request), offset);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One entry (its trainee, supervisor or program leadership only)")
  @APIResponse(responseCode = "404", description = "No such entry, or not one the caller may see")
  public LogView get(@PathParam("id") long id) {
    return logging.get(id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Correct an entry waiting or returned (its trainee; send the version read)")
  @APIResponse(
      responseCode = "409",
      description = "Changed by someone else since it was read, or locked")
  public LogView revise(@PathParam("id") long id, LogRequest request) {
    LogRequest body = required(request);
    body.setProcedureTypeId(procedureId(body));
    return logging.revise(id, version(body.getVersion()), body);
  }

  @POST
  @Path("{id}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Void an entry, with a reason",
      description =
          "The trainee voids their own entries not yet verified; the program director any entry"
              + " of the program. Nothing is deleted: the entry stays, marked voided.")
  public Response voidEntry(@PathParam("id") long id, Decision decision) {
    logging.voidEntry(
        id,
        version(decision == null ? null : decision.version()),
        decision == null ? null : decision.reason());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Verify an entry that names the caller as supervisor")
  @APIResponse(responseCode = "403", description = "The caller is not the entry's supervisor")
  @APIResponse(
      responseCode = "409",
      description = "Changed since it was read, or no longer waiting")
  public LogView verify(@PathParam("id") long id, Decision decision) {
    return verifications.verify(id, version(decision == null ? null : decision.version()));
  }

  @POST
  @Path("{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Return an entry to its trainee for correction, with a reason")
  public LogView reject(@PathParam("id") long id, Decision decision) {
    return verifications.reject(
        id,
        version(decision == null ? null : decision.version()),
        decision == null ? null : decision.reason());
  }

  private Long procedureId(LogRequest body) {
    if (body.getProcedureTypeId() != null) {
      return body.getProcedureTypeId();
    }
    if (body.getProcedureCode() == null || body.getProcedureCode().isBlank()) {
      return null;
    }
    return catalog.all().stream()
        .filter(o -> o.code().equalsIgnoreCase(body.getProcedureCode().strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "procedureCode",
                    Wording.of(
                        "procedureLogResource.procedureCodeCatalog", body.getProcedureCode())))
        .id();
  }

  private static LogRequest required(LogRequest request) {
    if (request == null) {
      throw new InvalidInputException(
          "body", Wording.of("procedureLogResource.sendEntryJsonObject"));
    }
    return request;
  }

  private static long version(Long version) {
    return RequestBodies.version(version);
  }

  /** A fingerprint of the request as bound, so a key reused for another entry is recognised. */
  static String hash(LogRequest request) {
    return Sha256.hex(SharedJsonb.instance().toJson(request));
  }
}
