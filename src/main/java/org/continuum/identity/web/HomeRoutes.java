package org.continuum.identity.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.continuum.identity.domain.Role;
import org.continuum.shared.domain.Wording;

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
      items.add(
          new NavItem(
              Wording.of("homeRoutes.myTraining"),
              Wording.of("homeRoutes.training"),
              "pi-home",
              "/trainee/index.xhtml"));
      items.add(
          new NavItem(
              Wording.of("homeRoutes.logProcedure"),
              Wording.of("homeRoutes.log"),
              "pi-plus-circle",
              "/trainee/log.xhtml"));
      items.add(
          new NavItem(
              Wording.of("homeRoutes.myLogs"),
              Wording.of("homeRoutes.myLogs"),
              "pi-list",
              "/trainee/logs.xhtml"));
    }
    if (roles.contains(Role.FACULTY)) {
      items.add(
          new NavItem(
              Wording.of("homeRoutes.teaching"),
              Wording.of("homeRoutes.teaching"),
              "pi-home",
              "/faculty/index.xhtml"));
      items.add(
          new NavItem(
              Wording.of("homeRoutes.verifyLogs"),
              Wording.of("homeRoutes.verify"),
              "pi-check-square",
              "/faculty/verify.xhtml"));
    }
    if (roles.contains(Role.RESIDENT)
        || roles.contains(Role.FELLOW)
        || roles.contains(Role.FACULTY)) {
      items.add(
          new NavItem(
              Wording.of("homeRoutes.evaluations"),
              Wording.of("homeRoutes.evaluations"),
              "pi-file-edit",
              "/evaluations/index.xhtml"));
    }
    if (roles.contains(Role.CCC_MEMBER)) {
      items.add(
          new NavItem(
              Wording.of("homeRoutes.competencyCommittee"),
              Wording.of("homeRoutes.committee"),
              "pi-users",
              "/ccc/index.xhtml"));
    }
    if (roles.contains(Role.PROGRAM_DIRECTOR)
        || roles.contains(Role.COORDINATOR)
        || roles.contains(Role.ADMIN)) {
      items.add(
          new NavItem(
              Wording.of("homeRoutes.programs"),
              Wording.of("homeRoutes.programs"),
              "pi-building",
              "/program/index.xhtml"));
    }
    if (roles.contains(Role.ADMIN)) {
      items.add(
          new NavItem(
              Wording.of("homeRoutes.administration"),
              Wording.of("homeRoutes.admin"),
              "pi-cog",
              "/admin/index.xhtml"));
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

  /**
   * A link in the main navigation. On a phone it sits in the bottom bar as its icon (a PrimeIcons
   * class) over its short label, which is a word of the label, so what is seen is what a voice user
   * says.
   */
  public record NavItem(String label, String shortLabel, String icon, String path) {

    public NavItem {
      if (!label.toLowerCase(Locale.ROOT).contains(shortLabel.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("A short label is part of the label: " + shortLabel);
      }
    }

    /** The first path segment, e.g. "/admin/". */
    public String section() {
      int second = path.indexOf('/', 1);
      return second < 0 ? path : path.substring(0, second + 1);
    }
  }
}
