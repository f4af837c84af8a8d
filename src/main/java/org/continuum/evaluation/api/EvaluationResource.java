package org.continuum.evaluation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.continuum.evaluation.application.EvaluationDetail;
import org.continuum.evaluation.application.EvaluationSigning;
import org.continuum.evaluation.application.Evaluations;
import org.continuum.evaluation.application.WaitingForMe;
import org.continuum.evaluation.domain.AnswerInput;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.shared.api.PageJson;
import org.continuum.shared.api.RequestBodies;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's evaluations: those to write, those about them, one in full; saving a draft, signing
 * (with the password again), handing in an anonymous one, acknowledging, amending.
 */
@Path("evaluations")
@RequestScoped
@Tag(name = "evaluations")
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

  /** A draft's answers, with the version read. */
  public record Draft(Long version, List<Answer> answers) {}

  /** One answer: the item number, a scale value and/or a text. */
  public record Answer(Integer item, String value, String text) {}

  /** Signing: the version read and the caller's password. */
  public record SignatureRequest(Long version, String password) {}

  /** A change that only needs the version read. */
  public record VersionOnly(Long version) {}

  /** Why a signed evaluation is amended. */
  public record Amendment(String reason) {}

  @Inject Evaluations evaluations;
  @Inject EvaluationSigning signing;

  @GET
  @Operation(summary = "Evaluations the caller is to write, soonest due first")
  public List<EvaluationRow> open() {
    return evaluations.myOpen();
  }

  @GET
  @Path("waiting")
  @Operation(summary = "Counts: to write, overdue, and signed ones about the caller to acknowledge")
  public WaitingForMe waiting() {
    return evaluations.waitingForMe();
  }

  @GET
  @Path("about-me")
  @Operation(summary = "Signed evaluations about the caller, newest first")
  public PageJson<EvaluationRow> aboutMe(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return PageJson.of(
        evaluations.aboutMe(new PageRequest(offset, limit, null, false, Map.of())), offset);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One evaluation",
      description =
          "For its author; the trainee it is about once signed; the program's director and"
              + " committee. An anonymous evaluation is for its author only.")
  @APIResponse(
      responseCode = "404",
      description = "No such evaluation, or not one the caller may see")
  public EvaluationDetail get(@PathParam("id") long id) {
    return evaluations.get(id);
  }

  @PUT
  @Path("{id}/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save the draft (its evaluator; send the version read)")
  @APIResponse(
      responseCode = "400",
      description = "An answer is not on its item's scale; each is named")
  @APIResponse(responseCode = "409", description = "Changed since it was read, or already signed")
  public EvaluationDetail saveDraft(@PathParam("id") long id, Draft draft) {
    Draft body = RequestBodies.required(draft, Wording.of("evaluationResource.draft"));
    List<AnswerInput> answers =
        body.answers() == null
            ? List.of()
            : body.answers().stream()
                .map(
                    a -> {
                      if (a == null || a.item() == null) {
                        throw new InvalidInputException(
                            "answers", Wording.of("evaluationResource.eachAnswerNamesIts"));
                      }
                      return new AnswerInput(a.item(), a.value(), a.text());
                    })
                .toList();
    return evaluations.saveDraft(id, RequestBodies.version(body.version()), answers);
  }

  @POST
  @Path("{id}/signature")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Sign the evaluation as last saved",
      description =
          "Requires the caller's password again. A wrong password counts toward locking the"
              + " account, like a failed sign-in.")
  @APIResponse(
      responseCode = "400",
      description =
          "Wrong or missing password, or required answers missing (each named by its item,"
              + " \"item3\"), checked before the password")
  @APIResponse(responseCode = "409", description = "Changed since read, or signed")
  public EvaluationDetail sign(@PathParam("id") long id, SignatureRequest request) {
    SignatureRequest body =
        RequestBodies.required(request, Wording.of("evaluationResource.versionPassword"));
    char[] password = body.password() == null ? new char[0] : body.password().toCharArray();
    return signing.sign(id, RequestBodies.version(body.version()), password);
  }

  @POST
  @Path("{id}/submission")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Hand in an anonymous evaluation; its answers are then stored without author")
  public Response submit(@PathParam("id") long id, VersionOnly request) {
    VersionOnly body = RequestBodies.required(request, Wording.of("evaluationResource.version"));
    evaluations.submit(id, RequestBodies.version(body.version()));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/acknowledgement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The trainee acknowledges a signed evaluation about them")
  public EvaluationDetail acknowledge(@PathParam("id") long id, VersionOnly request) {
    VersionOnly body = RequestBodies.required(request, Wording.of("evaluationResource.version"));
    return evaluations.acknowledge(id, RequestBodies.version(body.version()));
  }

  @POST
  @Path("{id}/amendments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start an amendment of a signed evaluation; the original stays as signed")
  @APIResponse(responseCode = "201", description = "The amendment, a draft to complete and sign")
  public Response amend(@PathParam("id") long id, Amendment request) {
    Amendment body = RequestBodies.required(request, Wording.of("evaluationResource.reason"));
    EvaluationDetail amendment = evaluations.startAmendment(id, body.reason());
    return Response.created(URI.create("evaluations/" + amendment.id())).entity(amendment).build();
  }
}
