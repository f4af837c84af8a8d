package org.continuum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Base64;
import org.continuum.identity.application.AccountRegistry;
import org.continuum.identity.application.NewAccount;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.PasswordHashing;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.testclient.Deployments;
import org.continuum.testsupport.Fixtures;
import org.continuum.testsupport.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How passwords are stored: PBKDF2-HMAC-SHA256, 600,000 iterations, a salt per password. */
@ExtendWith(ArquillianExtension.class)
class PasswordStorageIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(PasswordStorageIT.class);
  }

  @Inject Fixtures fixtures;
  @Inject PasswordHashing hashing;
  @Inject AccountRegistry registry;

  @PersistenceContext EntityManager em;

  @Test
  void theStoredHashNamesItsAlgorithmAndIterationsAndHasASaltAndKey() {
    Person person = fixtures.person("hash");
    String stored = em.find(Account.class, person.id()).getPasswordHash();
    String[] parts = stored.split(":");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(600_000);
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    assertThat(stored).doesNotContain(Fixtures.PASSWORD);
  }

  @Test
  void theHashVerifiesTheRightPasswordOnly() {
    String hash = hashing.hash("a long pass phrase".toCharArray());
    assertThat(hashing.verify("a long pass phrase".toCharArray(), hash)).isTrue();
    assertThat(hashing.verify("a long pass phrasE".toCharArray(), hash)).isFalse();
    assertThat(hashing.verify("anything".toCharArray(), "not-a-hash")).isFalse();
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTime() {
    assertThat(hashing.hash("same password".toCharArray()))
        .isNotEqualTo(hashing.hash("same password".toCharArray()));
  }

  @Test
  void aCommonPasswordIsRefusedWithTheFieldNamed() {
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () ->
                        registry.register(
                            new NewAccount(
                                "common." + Fixtures.unique(),
                                "Common Password",
                                "common@example.org",
                                "password1234"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo("password");
              assertThat(e.getMessage()).contains("commonly used");
            });
  }

  @Test
  void aTakenUsernameIsRefused() {
    Person person = fixtures.person("taken");
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () ->
                        registry.register(
                            new NewAccount(
                                person.username().toUpperCase(),
                                "Someone Else",
                                "else@example.org",
                                Fixtures.PASSWORD))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("already taken");
  }
}
