package org.continuum.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * The sign-in kept in the HTTP session: the caller's name and groups, re-announced to the container
 * on every request of the session. API requests never use it (they carry a bearer token), so a
 * browser session cannot be ridden into the API from another site.
 */
public record SignedInSession(String username, Set<String> groups, int credentialsVersion)
    implements Serializable {

  private static final String ATTRIBUTE = SignedInSession.class.getName();

  public SignedInSession {
    groups = Set.copyOf(groups);
  }

  /** The same sign-in under new credentials: the session that changed the password stays in. */
  public SignedInSession renewed(int newCredentialsVersion) {
    return new SignedInSession(username, groups, newCredentialsVersion);
  }

  /** Ends the session, as a password change elsewhere or a disabled account requires. */
  public static void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  public static SignedInSession of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedInSession) session.getAttribute(ATTRIBUTE);
  }

  /** Stores the sign-in in a session with a new id, so a planted session id is worth nothing. */
  public void store(HttpServletRequest request) {
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      request.changeSessionId();
    }
    request.getSession(true).setAttribute(ATTRIBUTE, this);
  }
}
