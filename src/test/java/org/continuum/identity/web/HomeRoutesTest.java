package org.continuum.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.continuum.identity.domain.Role;
import org.junit.jupiter.api.Test;

class HomeRoutesTest {

  @Test
  void eachRoleHasAHome() {
    assertThat(HomeRoutes.homeFor(Set.of(Role.RESIDENT))).isEqualTo("/trainee/index.xhtml");
    assertThat(HomeRoutes.homeFor(Set.of(Role.FELLOW))).isEqualTo("/trainee/index.xhtml");
    assertThat(HomeRoutes.homeFor(Set.of(Role.FACULTY))).isEqualTo("/faculty/index.xhtml");
    assertThat(HomeRoutes.homeFor(Set.of(Role.CCC_MEMBER))).isEqualTo("/ccc/index.xhtml");
    assertThat(HomeRoutes.homeFor(Set.of(Role.CCC_MEMBER, Role.FACULTY)))
        .as("daily work first")
        .isEqualTo("/faculty/index.xhtml");
    assertThat(HomeRoutes.homeFor(Set.of(Role.COORDINATOR))).isEqualTo("/program/index.xhtml");
    assertThat(HomeRoutes.homeFor(Set.of(Role.PROGRAM_DIRECTOR))).isEqualTo("/program/index.xhtml");
    assertThat(HomeRoutes.homeFor(Set.of(Role.ADMIN))).isEqualTo("/admin/index.xhtml");
    assertThat(HomeRoutes.homeFor(Set.of())).isNull();
  }

  @Test
  void theLeadingRoleWins() {
    assertThat(HomeRoutes.homeFor(Set.of(Role.FACULTY, Role.PROGRAM_DIRECTOR)))
        .isEqualTo("/program/index.xhtml");
  }

  @Test
  void navigationShowsOnlyTheSectionsOfTheRolesHeld() {
    assertThat(HomeRoutes.navigationFor(Set.of(Role.RESIDENT)))
        .extracting(HomeRoutes.NavItem::path)
        .containsExactly(
            "/trainee/index.xhtml",
            "/trainee/log.xhtml",
            "/trainee/logs.xhtml",
            "/evaluations/index.xhtml");
    assertThat(HomeRoutes.navigationFor(Set.of(Role.FACULTY, Role.CCC_MEMBER)))
        .extracting(HomeRoutes.NavItem::path)
        .containsExactly(
            "/faculty/index.xhtml",
            "/faculty/verify.xhtml",
            "/evaluations/index.xhtml",
            "/ccc/index.xhtml");
  }

  @Test
  void theCurrentEntryIsThePageItselfOrItsSectionHome() {
    var items = HomeRoutes.navigationFor(Set.of(Role.RESIDENT, Role.PROGRAM_DIRECTOR));
    assertThat(HomeRoutes.current(items, "/trainee/log.xhtml").path())
        .isEqualTo("/trainee/log.xhtml");
    assertThat(HomeRoutes.current(items, "/program/roster.xhtml").path())
        .isEqualTo("/program/index.xhtml");
    assertThat(HomeRoutes.current(items, "/account/password.xhtml")).isNull();
  }

  @Test
  void everyStaffRoleTogetherStillFitsThePhonesBottomBarAndSaysWhatItShows() {
    var staff =
        HomeRoutes.navigationFor(
            Set.of(
                Role.FACULTY,
                Role.CCC_MEMBER,
                Role.PROGRAM_DIRECTOR,
                Role.COORDINATOR,
                Role.ADMIN));
    // six items of about 62 px each fill a 375 px screen (a seventh scrolls into view)
    assertThat(staff).hasSizeLessThanOrEqualTo(6);
    var all = HomeRoutes.navigationFor(Set.of(Role.values()));
    assertThat(all)
        .allSatisfy(
            item ->
                assertThat(item.label().toLowerCase())
                    .as("what is seen is part of what is read out")
                    .contains(item.shortLabel().toLowerCase()));
  }

  @Test
  void aShortLabelThatIsNoPartOfTheLabelIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new HomeRoutes.NavItem("Log a procedure", "New", "pi-plus", "/trainee/log.xhtml"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
