package org.continuum.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.continuum.shared.domain.ActorProvider;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * A person who can sign in. Keeps its own sign-in state: failed attempts, lockout and the password
 * hash (never the password).
 */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Column(name = "username", nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "email", nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private AccountStatus status;

  @Embedded private FailedSignIns failures = new FailedSignIns();

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  /** Moves on with every password change or reset: sessions signed in under an older one end. */
  @Column(name = "credentials_version", nullable = false)
  private int credentialsVersion;

  protected Account() {}

  public Account(
      String username, String displayName, String email, String passwordHash, Instant now) {
    Violations problems = new Violations();
    this.username = problems.collect(() -> validUsername(username));
    this.displayName = problems.collect(() -> validDisplayName(displayName));
    this.email = problems.collect(() -> validEmail(email));
    this.passwordHash =
        problems.collect(
            () -> Check.required("password", Wording.of("label.password"), passwordHash));
    problems.throwIfAny();
    this.passwordChangedAt = now;
    this.status = AccountStatus.ACTIVE;
  }

  /** Checks a new person's username, name and e-mail together, naming every problem at once. */
  public static void checkProfile(String username, String displayName, String email) {
    Violations problems = new Violations();
    problems.collect(() -> validUsername(username));
    problems.collect(() -> validDisplayName(displayName));
    problems.collect(() -> validEmail(email));
    problems.throwIfAny();
  }

  private static String validUsername(String username) {
    String name =
        Check.matches(
            "username",
            Wording.of("label.username"),
            normalizeUsername(username),
            USERNAME,
            Wording.of("account.n364CharactersLower"));
    // records made by start-up and jobs name this actor: no person may be confused with it
    if (name.equals(ActorProvider.SYSTEM)) {
      throw new InvalidInputException(
          "username", Wording.of("account.usernameReservedChooseAnother", name));
    }
    return name;
  }

  private static String validDisplayName(String displayName) {
    return Check.text("displayName", Wording.of("label.fullName"), displayName, 2, 120);
  }

  private static String validEmail(String email) {
    String value = Check.text("email", Wording.of("label.eMail"), email, 3, 254);
    return Check.matches(
        "email",
        Wording.of("label.eMail"),
        value,
        EMAIL,
        Wording.of("account.addressLikeNameExample"));
  }

  /** Usernames are compared without case and surrounding blanks. */
  /** Whether some account could have this name: the username rule, and not the reserved one. */
  public static boolean couldBeUsername(String username) {
    String name = normalizeUsername(username);
    return USERNAME.matcher(name).matches() && !name.equals(ActorProvider.SYSTEM);
  }

  public static String normalizeUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** Corrects name and e-mail together; neither changes if either is invalid. */
  public void updateProfile(String newDisplayName, String newEmail) {
    Violations problems = new Violations();
    String name = problems.collect(() -> validDisplayName(newDisplayName));
    String address = problems.collect(() -> validEmail(newEmail));
    problems.throwIfAny();
    this.displayName = name;
    this.email = address;
  }

  public boolean isLocked(Instant now) {
    return failures.isLocked(now);
  }

  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  /**
   * Counts a failed sign-in; the attempt that reaches the policy's limit locks the account.
   *
   * @return true if this failure locked the account
   */
  public boolean recordFailedSignIn(Instant now, LockoutPolicy policy) {
    return failures.record(now, policy);
  }

  public void recordSuccessfulSignIn(Instant now) {
    failures.clear();
    lastSignInAt = now;
  }

  /** The password was typed again correctly (e.g. to sign): failures so far no longer count. */
  public void recordPasswordConfirmed() {
    failures.forgiveCount();
  }

  /** An administrator lifts a lock before it runs out. */
  public void unlock() {
    failures.clear();
  }

  public void changePasswordHash(String newHash, Instant now) {
    this.passwordHash = Check.required("password", Wording.of("label.password"), newHash);
    this.passwordChangedAt = now;
    this.credentialsVersion++;
  }

  public int getCredentialsVersion() {
    return credentialsVersion;
  }

  public void disable() {
    status = AccountStatus.DISABLED;
  }

  public void enable() {
    status = AccountStatus.ACTIVE;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public int getFailedSignIns() {
    return failures.count();
  }

  public Instant getLockedUntil() {
    return failures.lockedUntil();
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }
}
