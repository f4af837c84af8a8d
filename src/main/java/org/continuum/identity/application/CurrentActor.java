package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.ActorProvider;

/**
 * Names the signed-in user for stamps and audit entries, or "system" when nobody is or the work is
 * the system's ({@link SystemContext#callAsSystem}).
 */
@ApplicationScoped
public class CurrentActor implements ActorProvider {

  @Inject SecurityContext security;
  @Inject CurrentUser currentUser;

  @Override
  public String currentActorName() {
    Principal principal = principal();
    return principal == null ? SYSTEM : principal.getName();
  }

  @Override
  public Long currentActorId() {
    if (principal() == null) {
      return null;
    }
    try {
      return currentUser.isSignedIn() ? currentUser.accountId() : null;
    } catch (ContextNotActiveException outsideRequest) {
      return null;
    }
  }

  private Principal principal() {
    if (SystemContext.actsAsSystem()) {
      return null;
    }
    try {
      Principal principal = security.getCallerPrincipal();
      return principal == null || "anonymous".equals(principal.getName()) ? null : principal;
    } catch (RuntimeException noSecurityContextHere) {
      return null;
    }
  }
}
