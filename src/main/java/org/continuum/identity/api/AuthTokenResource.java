package org.continuum.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.continuum.identity.application.AuthenticationService;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.application.IssuedToken;
import org.continuum.identity.application.SignInThrottle;
import org.continuum.identity.application.TokenService;
import org.continuum.shared.api.Problem;
import org.continuum.shared.api.RestApplication;
import org.continuum.shared.application.RequestOrigin;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.BodyLimit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bearer tokens for API clients: exchange a username and password once, then use the token. */
@Path("auth/token")
@RequestScoped
@Tag(name = "authentication")
public class AuthTokenResource {

  /** The credentials; {@code client} optionally names the app, for the owner's token list. */
  public record TokenRequest(String username, String password, String client) {}

  public record TokenResponse(String accessToken, String tokenType, Instant expiresAt) {}

  @Inject AuthenticationService authentication;
  @Inject SignInThrottle throttle;
  @Inject RequestOrigin origin;
  @Inject TokenService tokens;
  @Inject CurrentUser currentUser;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Issue a bearer token",
      description =
          "Checks the password (failed attempts count toward the account lockout) and returns a"
              + " token to send as 'Authorization: Bearer <token>' until it expires or is revoked.")
  @APIResponse(responseCode = "200", description = "The token")
  @APIResponse(responseCode = "400", description = "Username or password missing")
  @APIResponse(responseCode = "401", description = "Wrong credentials, or the account is locked")
  @APIResponse(
      responseCode = "413",
      description =
          "The body is larger than a sign-in needs (" + BodyLimit.SIGN_IN_BYTES + " bytes)")
  @APIResponse(
      responseCode = "429",
      description =
          "Too many failed attempts from this address or for this username; see Retry-After")
  @APIResponse(responseCode = "503", description = "Too many sign-ins at once; see Retry-After")
  public Response issue(TokenRequest request) {
    requireCredentials(request);
    return throttle
        .attempt(
            origin.address(),
            request.username(),
            () -> authentication.signIn(request.username(), request.password().toCharArray()),
            Optional::isEmpty)
        .map(
            user -> {
              IssuedToken token = tokens.issue(user, request.client());
              return Response.ok(new TokenResponse(token.token(), "Bearer", token.expiresAt()))
                  .build();
            })
        .orElseGet(
            () ->
                Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"continuum\"")
                    .type("application/problem+json")
                    .entity(
                        new Problem(
                            401,
                            "Unauthorized",
                            "Sign-in failed: check the username and password. After repeated"
                                + " failures the account is locked for a while.",
                            List.of(),
                            null))
                    .build());
  }

  @DELETE
  @Operation(summary = "Revoke the token this request is made with")
  @SecurityRequirement(name = RestApplication.BEARER)
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "401", description = "No valid token")
  public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String token = authorization == null ? "" : authorization.substring(7).strip();
    tokens.revoke(token, currentUser.accountId());
    return Response.noContent().build();
  }

  private static void requireCredentials(TokenRequest request) {
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    if (request == null || request.username() == null || request.username().isBlank()) {
      errors.add(
          new InvalidInputException.FieldError(
              "username", Wording.of("authTokenResource.usernameRequired")));
    }
    if (request == null || request.password() == null || request.password().isEmpty()) {
      errors.add(
          new InvalidInputException.FieldError(
              "password", Wording.of("authTokenResource.passwordRequired")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
