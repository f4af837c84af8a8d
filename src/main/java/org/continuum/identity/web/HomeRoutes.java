package org.continuum.identity.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.continuum.identity.domain.Role;

/** Each role's home page, and which home wins for someone who holds several roles. */
public final class HomeRoutes {

  /** In order of precedence: the first role a person holds picks their landing page. */
  private static final Map<Role, String> HOMES = new LinkedHashMap<>();

  static {
    HOMES.put(Role.ADMIN, "/admin/index.xhtml");
    HOMES.put(Role.PROGRAM_DIRECTOR, "/program/index.xhtml");
    HOMES.put(Role.COORDINATOR, "/program/index.xhtml");
    // faculty land on what waits for them every day; the committee meets twice a year
    HOMES.put(Role.FACULTY, "/faculty/index.xhtml");
    HOMES.put(Role.CCC_MEMBER, "/ccc/index.xhtml");
    HOMES.put(Role.RESIDENT, "/trainee/index.xhtml");
    HOMES.put(Role.FELLOW, "/trainee/index.xhtml");
  }

  private HomeRoutes() {}

  /** The landing page for someone holding these roles, or null if they hold none. */
  public static String homeFor(Collection<Role> roles) {
    for (Map.Entry<Role, String> home : HOMES.entrySet()) {
      if (roles.contains(home.getKey())) {
        return home.getValue();
      }
    }
    return null;
  }

  /** The navigation entries for someone holding these roles, without duplicates. */
  public static List<NavItem> navigationFor(Collection<Role> roles) {
    List<NavItem> items = new ArrayList<>();
    if (roles.contains(Role.RESIDENT) || roles.contains(Role.FELLOW)) {
      items.add(new NavItem("My training", "/trainee/index.xhtml"));
      items.add(new NavItem("Log a procedure", "/trainee/log.xhtml"));
      items.add(new NavItem("My logs", "/trainee/logs.xhtml"));
    }
    if (roles.contains(Role.FACULTY)) {
      items.add(new NavItem("Teaching", "/faculty/index.xhtml"));
      items.add(new NavItem("Verify logs", "/faculty/verify.xhtml"));
    }
    if (roles.contains(Role.RESIDENT)
        || roles.contains(Role.FELLOW)
        || roles.contains(Role.FACULTY)) {
      items.add(new NavItem("Evaluations", "/evaluations/index.xhtml"));
    }
    if (roles.contains(Role.CCC_MEMBER)) {
      items.add(new NavItem("Competency committee", "/ccc/index.xhtml"));
    }
    if (roles.contains(Role.PROGRAM_DIRECTOR)
        || roles.contains(Role.COORDINATOR)
        || roles.contains(Role.ADMIN)) {
      items.add(new NavItem("Programs", "/program/index.xhtml"));
    }
    if (roles.contains(Role.ADMIN)) {
      items.add(new NavItem("Administration", "/admin/index.xhtml"));
    }
    return items;
  }

  /**
   * The entry to mark as the current page: the one for this very page, or else the home of the
   * page's section (so /program/roster.xhtml marks "Programs").
   */
  public static NavItem current(List<NavItem> items, String viewId) {
    if (viewId == null) {
      return null;
    }
    for (NavItem item : items) {
      if (item.path().equals(viewId)) {
        return item;
      }
    }
    for (NavItem item : items) {
      if (item.path().endsWith("/index.xhtml") && viewId.startsWith(item.section())) {
        return item;
      }
    }
    return null;
  }

  /** A link in the main navigation. */
  public record NavItem(String label, String path) {

    /** The first path segment, e.g. "/admin/". */
    public String section() {
      int second = path.indexOf('/', 1);
      return second < 0 ? path : path.substring(0, second + 1);
    }
  }
}
