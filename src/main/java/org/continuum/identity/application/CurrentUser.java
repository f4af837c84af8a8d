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
 */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject AccountRepository accounts;
  @Inject MembershipRepository membershipRepository;

  private Optional<Account> account;
  private List<Membership> memberships;

  public boolean isSignedIn() {
    return account().isPresent();
  }

  public long accountId() {
    return required().getId();
  }

  public String username() {
    return required().getUsername();
  }

  public String displayName() {
    return required().getDisplayName();
  }

  public List<Membership> memberships() {
    if (memberships == null) {
      memberships =
          account().map(a -> membershipRepository.findByAccount(a.getId())).orElse(List.of());
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

  private Account required() {
    return account().orElseThrow(AccessDeniedException::new);
  }

  private Optional<Account> account() {
    if (account == null) {
      Principal principal = security.getCallerPrincipal();
      account =
          principal == null
              ? Optional.empty()
              : accounts
                  .findByUsername(Account.normalizeUsername(principal.getName()))
                  .filter(Account::isActive);
    }
    return account;
  }
}
