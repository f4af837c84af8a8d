package org.continuum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.domain.Membership;
import org.continuum.identity.domain.Role;
import org.continuum.identity.web.HomeRoutes.NavItem;

/** The header: who is signed in and the sections their roles open. */
@Named("navigation")
@RequestScoped
public class NavigationBean {

  @Inject CurrentUser currentUser;

  private List<NavItem> items;

  public List<NavItem> getItems() {
    if (items == null) {
      items = currentUser.isSignedIn() ? HomeRoutes.navigationFor(roles()) : List.of();
    }
    return items;
  }

  public String getDisplayName() {
    return currentUser.isSignedIn() ? currentUser.displayName() : "";
  }

  /** Holds a resident or fellow role somewhere: pages show the trainee's sections. */
  public boolean isTrainee() {
    Set<Role> roles = roles();
    return roles.contains(Role.RESIDENT) || roles.contains(Role.FELLOW);
  }

  public boolean isFaculty() {
    return roles().contains(Role.FACULTY);
  }

  public boolean isCurrent(NavItem item) {
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    return item.equals(HomeRoutes.current(getItems(), viewId));
  }

  private Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Membership m : currentUser.memberships()) {
      roles.add(m.getRole());
    }
    return roles;
  }
}
