package org.continuum.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.continuum.identity.application.BearerTokenCredential;
import org.continuum.identity.application.SessionValidity;
import org.continuum.shared.application.DatabaseUnavailable;
import org.continuum.shared.domain.TryLaterException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UnavailableResponse;

/**
 * One mechanism for the two doors. The web UI signs in with a form (the login page calls
 * SecurityContext.authenticate) and stays signed in through the session; the REST API under /api/
 * takes only bearer tokens. Protected pages without a sign-in redirect to the login page; protected
 * API calls without a valid token get 401.
 */
@ApplicationScoped
public class ContinuumAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";
  private static final String API_PREFIX = "/api/";

  @Inject IdentityStoreHandler identityStores;
  @Inject SessionValidity sessions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return validate(request, response, context);
    } catch (RuntimeException thrown) {
      // reading the session's standing or a token needs the database; without it, say so
      if (!DatabaseUnavailable.isCause(thrown)) {
        throw thrown;
      }
      if (context.getAuthParameters().getCredential() != null) {
        // a sign-in the page started: the page says so, and the attempt is not counted
        throw TryLaterException.databaseUnavailable();
      }
      try {
        UnavailableResponse.write(request, response);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (path(request).startsWith(API_PREFIX)) {
      return validateApiRequest(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        String name = result.getCallerPrincipal().getName();
        new SignedInSession(name, result.getCallerGroups(), sessions.versionOf(name))
            .store(request);
      }
      return context.notifyContainerAboutLogin(result);
    }
    SignedInSession session = SignedInSession.of(request);
    if (session != null) {
      if (sessions.stands(session.username(), session.credentialsVersion())) {
        return context.notifyContainerAboutLogin(session.username(), session.groups());
      }
      // the password was changed or reset since this session signed in, or the account disabled
      SignedInSession.end(request);
    }
    if (context.isProtected()) {
      return redirectToLogin(request, response);
    }
    return context.doNothing();
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      CredentialValidationResult result =
          identityStores.validate(new BearerTokenCredential(header.substring(7).strip()));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return unauthorized(response, "invalid_token", Wording.of("api.tokenInvalid"));
    }
    if (context.isProtected()) {
      return unauthorized(response, null, Wording.of("api.signIn"));
    }
    return context.doNothing();
  }

  private static AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpServletResponse response) {
    String target = LOGIN_PAGE;
    if ("GET".equals(request.getMethod())) {
      String original = path(request);
      if (request.getQueryString() != null) {
        original += "?" + request.getQueryString();
      }
      target += "?next=" + URLEncoder.encode(original, StandardCharsets.UTF_8);
    } else {
      // a form posted after the session ended: its data cannot be replayed safely
      target += "?expired=true";
    }
    String location = request.getContextPath() + target;
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;")
                    + "\"/></partial-response>");
      } else {
        response.sendRedirect(location);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, String error, String detail) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader(
          "WWW-Authenticate",
          "Bearer realm=\"continuum\"" + (error == null ? "" : ", error=\"" + error + "\""));
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("status", 401)
                  .add("title", "Unauthorized")
                  .add("detail", detail)
                  .build()
                  .toString());
      // closed: the answer is complete, so the container neither replaces it with an HTML error
      // page nor tries to send an error after it
      response.getWriter().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the answer is complete; SEND_CONTINUE tells the container not to add one of its own
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * The request's path as the container resolved it (servlet path and path info), never the raw
   * URI: "/api;x/../login.xhtml" or an encoded slash must not choose the door.
   */
  static String path(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    return request.getPathInfo() == null ? servletPath : servletPath + request.getPathInfo();
  }
}
