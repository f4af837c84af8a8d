package org.continuum.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.Membership;
import org.continuum.identity.domain.MembershipRepository;
import org.continuum.identity.domain.Role;
import org.continuum.shared.domain.AccessDeniedException;

/**
 * The signed-in person for this request, with their current memberships read once per request. A
 * disabled account counts as not signed in, even if its session is still alive.
 *
 * <p>A request signed with an API token is not read again: the token was resolved moments ago to an
 * active account, and {@link ResolvedTokens} forgets a resolution as soon as the account's access
 * changes (decision 33), so reading the account once more would only repeat that check.
 */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject AccountRepository accounts;
  @Inject MembershipRepository membershipRepository;

  /** Who the person is, as far as this request needs to know. */
  private record Caller(long id, String username, String displayName) {}

  private Optional<Caller> caller;
  private AuthenticatedUser tokenUser;
  private List<Membership> memberships;

  /**
   * The user the request's bearer token was resolved to, as the identity store found it while
   * authenticating this request. Used only if the container then names the same caller.
   */
  public void resolvedFromToken(AuthenticatedUser user) {
    this.tokenUser = user;
  }

  public boolean isSignedIn() {
    return caller().isPresent();
  }

  public long accountId() {
    return required().id();
  }

  public String username() {
    return required().username();
  }

  public String displayName() {
    return required().displayName();
  }

  public List<Membership> memberships() {
    if (memberships == null) {
      memberships = caller().map(c -> membershipRepository.findByAccount(c.id())).orElse(List.of());
    }
    return memberships;
  }

  public boolean isAdmin() {
    return memberships().stream().anyMatch(m -> m.getRole() == Role.ADMIN);
  }

  public boolean hasRole(long programId, Role... roles) {
    List<Role> wanted = Arrays.asList(roles);
    return memberships().stream()
        .anyMatch(
            m ->
                m.getProgramId() != null
                    && m.getProgramId() == programId
                    && wanted.contains(m.getRole()));
  }

  public boolean hasAnyRole(Role... roles) {
    List<Role> wanted = Arrays.asList(roles);
    return memberships().stream().anyMatch(m -> wanted.contains(m.getRole()));
  }

  /** Programs in which the user holds one of the roles, in a stable order. */
  public Set<Long> programIds(Role... roles) {
    List<Role> wanted = Arrays.asList(roles);
    Set<Long> ids = new LinkedHashSet<>();
    for (Membership m : memberships()) {
      if (m.getProgramId() != null && wanted.contains(m.getRole())) {
        ids.add(m.getProgramId());
      }
    }
    return ids;
  }

  private Caller required() {
    return caller().orElseThrow(AccessDeniedException::new);
  }

  private Optional<Caller> caller() {
    if (caller == null) {
      Principal principal = security.getCallerPrincipal();
      caller = principal == null ? Optional.empty() : named(principal.getName());
    }
    return caller;
  }

  private Optional<Caller> named(String principalName) {
    String username = Account.normalizeUsername(principalName);
    if (tokenUser != null && tokenUser.username().equals(username)) {
      return Optional.of(
          new Caller(tokenUser.accountId(), tokenUser.username(), tokenUser.displayName()));
    }
    return accounts
        .findByUsername(username)
        .filter(Account::isActive)
        .map(a -> new Caller(a.getId(), a.getUsername(), a.getDisplayName()));
  }
}
