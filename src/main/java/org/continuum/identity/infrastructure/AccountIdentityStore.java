package org.continuum.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.continuum.identity.application.AuthenticatedUser;
import org.continuum.identity.application.AuthenticationService;
import org.continuum.identity.application.BearerTokenCredential;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.application.TokenService;

/**
 * The Jakarta Security identity store: validates a username and password (with lockout) or an API
 * bearer token against the accounts in the database, and names the caller's groups (roles).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AuthenticationService authentication;
  @Inject TokenService tokens;
  @Inject CurrentUser currentUser;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential password) {
      return toResult(
          authentication.signIn(password.getCaller(), password.getPassword().getValue()));
    }
    if (credential instanceof BearerTokenCredential bearer) {
      Optional<AuthenticatedUser> user = tokens.authenticate(bearer.token());
      user.ifPresent(currentUser::resolvedFromToken);
      return toResult(user);
    }
    return CredentialValidationResult.NOT_VALIDATED_RESULT;
  }

  private static CredentialValidationResult toResult(Optional<AuthenticatedUser> user) {
    return user.map(
            u ->
                new CredentialValidationResult(
                    null,
                    new CallerPrincipal(u.username()),
                    null,
                    Long.toString(u.accountId()),
                    u.groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
