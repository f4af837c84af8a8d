package org.continuum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Set;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.domain.Membership;
import org.continuum.identity.domain.Role;

/** The start page sends each person to their role's home page. */
@Named("home")
@RequestScoped
public class HomeBean {

  @Inject CurrentUser currentUser;

  /** Redirects to the role's home; people without any role stay on the start page. */
  public String route() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Membership m : currentUser.memberships()) {
      roles.add(m.getRole());
    }
    String home = HomeRoutes.homeFor(roles);
    return home == null ? null : home + "?faces-redirect=true";
  }
}
