package org.continuum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.identity.application.AccountAdministration;
import org.continuum.identity.application.AuthenticatedUser;
import org.continuum.identity.application.AuthenticationService;
import org.continuum.identity.application.RoleAssignments;
import org.continuum.identity.application.SignInLockouts;
import org.continuum.identity.application.TokenService;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.Role;
import org.continuum.shared.application.SystemContext;
import org.continuum.testclient.Deployments;
import org.continuum.testsupport.Fixtures;
import org.continuum.testsupport.MovableClockProducer;
import org.continuum.testsupport.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in, failure counting and lockout, in the server, against the real database. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(SignInIT.class);
  }

  @Inject AuthenticationService authentication;
  @Inject AccountAdministration administration;
  @Inject TokenService tokens;
  @Inject RoleAssignments roles;
  @Inject Fixtures fixtures;
  @Inject SignInLockouts lockouts;

  @PersistenceContext EntityManager em;

  @AfterEach
  void resetClock() {
    MovableClockProducer.CLOCK.reset();
  }

  @Test
  void theRightPasswordSignsIn() {
    Person person = fixtures.person("signin");
    var user = authentication.signIn(person.username(), Fixtures.PASSWORD.toCharArray());
    assertThat(user).isPresent();
    assertThat(user.get().username()).isEqualTo(person.username());
    assertThat(eventTypes(person)).contains(AuditEventType.SIGN_IN_SUCCEEDED);
  }

  @Test
  void usernameCaseAndBlanksDoNotMatter() {
    Person person = fixtures.person("signin");
    assertThat(
            authentication.signIn(
                "  " + person.username().toUpperCase() + " ", Fixtures.PASSWORD.toCharArray()))
        .isPresent();
  }

  @Test
  void aWrongPasswordOrUnknownNameIsRefusedAndAudited() {
    Person person = fixtures.person("signin");
    assertThat(authentication.signIn(person.username(), "wrong password!".toCharArray())).isEmpty();
    assertThat(authentication.signIn("nobody-" + Fixtures.unique(), "whatever1".toCharArray()))
        .isEmpty();
    assertThat(account(person).getFailedSignIns()).isEqualTo(1);
    assertThat(eventTypes(person)).contains(AuditEventType.SIGN_IN_FAILED);
  }

  @Test
  void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
    Person person = fixtures.person("lockout");
    for (int i = 0; i < 5; i++) {
      assertThat(authentication.signIn(person.username(), ("wrong " + i).toCharArray())).isEmpty();
    }
    // the lock is in the database, not in memory: it survives a restart
    Account stored = account(person);
    assertThat(stored.getLockedUntil()).isNotNull();
    assertThat(authentication.signIn(person.username(), Fixtures.PASSWORD.toCharArray())).isEmpty();
    assertThat(eventTypes(person))
        .contains(AuditEventType.ACCOUNT_LOCKED, AuditEventType.SIGN_IN_REFUSED_LOCKED);
  }

  @Test
  void aLockedNameIsToldAlikeWhetherAnAccountHasItOrNot() {
    Person person = fixtures.person("lockout");
    String nobody = "nobody-" + Fixtures.unique();
    for (int i = 0; i < 4; i++) {
      authentication.signIn(person.username(), ("wrong " + i).toCharArray());
      authentication.signIn(nobody, ("wrong " + i).toCharArray());
    }
    assertThat(lockouts.lockedUntil(person.username())).isEmpty();
    assertThat(lockouts.lockedUntil(nobody)).isEmpty();
    authentication.signIn(person.username(), "wrong 5".toCharArray());
    authentication.signIn(" " + nobody.toUpperCase() + " ", "wrong 5".toCharArray());
    assertThat(lockouts.lockedUntil(person.username()))
        .as("the account's own lock")
        .contains(account(person).getLockedUntil());
    // locked as long, to the second the page could show, so neither tells that it exists
    assertThat(lockouts.lockedUntil(nobody))
        .hasValueSatisfying(
            until ->
                assertThat(until)
                    .isCloseTo(account(person).getLockedUntil(), within(2, ChronoUnit.SECONDS)));
    assertThat(lockouts.lockedUntil("nobody-" + Fixtures.unique())).isEmpty();
    MovableClockProducer.CLOCK.advance(Duration.ofMinutes(15));
    assertThat(lockouts.lockedUntil(person.username())).isEmpty();
    assertThat(lockouts.lockedUntil(nobody)).isEmpty();
  }

  @Test
  void theLockRunsOutAfterFifteenMinutesOfClockTime() {
    Person person = fixtures.person("lockout");
    for (int i = 0; i < 5; i++) {
      authentication.signIn(person.username(), ("wrong " + i).toCharArray());
    }
    MovableClockProducer.CLOCK.advance(Duration.ofMinutes(14));
    assertThat(authentication.signIn(person.username(), Fixtures.PASSWORD.toCharArray())).isEmpty();
    MovableClockProducer.CLOCK.advance(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(authentication.signIn(person.username(), Fixtures.PASSWORD.toCharArray()))
        .isPresent();
    assertThat(account(person).getFailedSignIns()).isZero();
  }

  @Test
  void anAdministratorCanUnlockEarly() {
    Person person = fixtures.person("lockout");
    for (int i = 0; i < 5; i++) {
      authentication.signIn(person.username(), ("wrong " + i).toCharArray());
    }
    SystemContext.run(() -> administration.unlock(person.id()));
    assertThat(authentication.signIn(person.username(), Fixtures.PASSWORD.toCharArray()))
        .isPresent();
    assertThat(eventTypes(person)).contains(AuditEventType.ACCOUNT_UNLOCKED);
  }

  @Test
  void aDisabledAccountCannotSignIn() {
    Person person = fixtures.person("disabled");
    SystemContext.run(() -> administration.disable(person.id()));
    assertThat(authentication.signIn(person.username(), Fixtures.PASSWORD.toCharArray())).isEmpty();
  }

  @Test
  void aTokenResolvedMomentsAgoStopsAtOnceWhenItsAccountIsDisabledOrLosesARole() {
    long program = fixtures.residency();
    Person director = fixtures.withRole(program, Role.PROGRAM_DIRECTOR);
    AuthenticatedUser user =
        authentication.signIn(director.username(), Fixtures.PASSWORD.toCharArray()).orElseThrow();
    String token = SystemContext.call(() -> tokens.issue(user, "test")).token();
    assertThat(tokens.authenticate(token).orElseThrow().groups())
        .as("resolved once, and remembered")
        .containsExactly("PROGRAM_DIRECTOR");

    SystemContext.run(() -> roles.revoke(director.id(), program, Role.PROGRAM_DIRECTOR));
    assertThat(tokens.authenticate(token).orElseThrow().groups()).isEmpty();

    SystemContext.run(() -> administration.disable(director.id()));
    assertThat(tokens.authenticate(token)).isEmpty();
  }

  @Test
  void theSignedInUserCarriesTheRolesHeld() {
    long program = fixtures.residency();
    Person director = fixtures.withRole(program, Role.PROGRAM_DIRECTOR);
    var user = authentication.signIn(director.username(), Fixtures.PASSWORD.toCharArray());
    assertThat(user.orElseThrow().groups()).containsExactly("PROGRAM_DIRECTOR");
  }

  private Account account(Person person) {
    em.clear();
    return em.find(Account.class, person.id());
  }

  private List<AuditEventType> eventTypes(Person person) {
    return em.createQuery(
            "select e.type from AuditEvent e where e.subjectType = 'account' and e.subjectId = :id",
            AuditEventType.class)
        .setParameter("id", person.id())
        .getResultList();
  }
}
