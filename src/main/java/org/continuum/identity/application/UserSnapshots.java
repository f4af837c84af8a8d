package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.Membership;
import org.continuum.identity.domain.MembershipRepository;
import org.continuum.identity.domain.Role;

/** Builds the {@link AuthenticatedUser} of an account from its current memberships. */
@ApplicationScoped
public class UserSnapshots {

  @Inject MembershipRepository memberships;

  public AuthenticatedUser of(Account account) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Membership membership : memberships.findByAccount(account.getId())) {
      roles.add(membership.getRole());
    }
    return new AuthenticatedUser(
        account.getId(), account.getUsername(), account.getDisplayName(), roles);
  }
}
