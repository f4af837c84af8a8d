package org.continuum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.application.IdentitySettings;
import org.continuum.identity.application.SignInLockouts;
import org.continuum.identity.application.SignInThrottle;
import org.continuum.identity.domain.LockoutPolicy;
import org.continuum.shared.application.Causes;
import org.continuum.shared.application.DatabaseUnavailable;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.application.RequestOrigin;
import org.continuum.shared.domain.TryLaterException;
import org.continuum.shared.web.UserMessages;

/**
 * The sign-in form: hands the credentials to Jakarta Security and goes where the user was headed.
 */
@Named("signIn")
@RequestScoped
public class SignInBean {

  private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("h:mm a z", Locale.US);

  @Inject SecurityContext securityContext;
  @Inject CurrentUser currentUser;
  @Inject IdentitySettings settings;
  @Inject SignInThrottle throttle;
  @Inject RequestOrigin origin;
  @Inject SignInLockouts lockouts;
  @Inject InstitutionTime time;

  private String username;
  private String password;
  private String next;
  private boolean expired;
  private boolean signedOut;

  /** Someone already signed in who opens the sign-in page goes home instead. */
  public String skipIfSignedIn() {
    return currentUser.isSignedIn() ? "/index.xhtml?faces-redirect=true" : null;
  }

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status;
    try {
      status =
          throttle.attempt(
              origin.address(),
              username,
              () ->
                  securityContext.authenticate(
                      (HttpServletRequest) external.getRequest(),
                      (HttpServletResponse) external.getResponse(),
                      AuthenticationParameters.withParams()
                          .newAuthentication(true)
                          .credential(
                              new UsernamePasswordCredential(username, new Password(password)))),
              s -> s == AuthenticationStatus.SEND_FAILURE || s == AuthenticationStatus.NOT_DONE);
    } catch (RuntimeException refused) {
      TryLaterException later = Causes.find(refused, TryLaterException.class);
      if (later == null && DatabaseUnavailable.isCause(refused)) {
        later = TryLaterException.databaseUnavailable();
      }
      if (later == null) {
        throw refused;
      }
      password = null;
      ((HttpServletResponse) external.getResponse())
          .setHeader("Retry-After", String.valueOf(later.retryAfterSeconds()));
      UserMessages.error(later.userMessage());
      faces.validationFailed();
      return;
    }
    password = null;
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + safeTarget(next));
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        LockoutPolicy policy = settings.lockoutPolicy();
        UserMessages.error(
            lockouts
                .lockedUntil(username)
                .map(until -> lockedMessage(policy, until.atZone(time.zone())))
                .orElseGet(() -> failureMessage(policy)));
        faces.validationFailed();
      }
    }
  }

  /**
   * One message for every refusal (unknown name, wrong password, locked or disabled account), so
   * the page does not tell which usernames exist.
   */
  static String failureMessage(LockoutPolicy policy) {
    return "Sign-in failed: check your username and password. After "
        + policy.maxFailures()
        + " failed attempts in a row an account is locked for "
        + policy.duration().toMinutes()
        + " minutes.";
  }

  /**
   * The same for a locked account and for a name without one locked by as many failures, so the
   * page still does not tell which usernames exist.
   */
  static String lockedMessage(LockoutPolicy policy, ZonedDateTime until) {
    return "Sign-in failed, and after "
        + policy.maxFailures()
        + " failed attempts in a row this username is locked until "
        + UNTIL.format(until)
        + ". Try again then, or ask your program's administrator to unlock it.";
  }

  /**
   * Only a path inside this application is followed after sign-in; anything else (another site, a
   * protocol-relative URL) goes to the home page, so the login link cannot be used to phish.
   */
  static String safeTarget(String requested) {
    if (requested == null
        || !requested.startsWith("/")
        || requested.startsWith("//")
        || requested.startsWith("/\\")
        || requested.contains("://")
        || requested.startsWith("/login.xhtml")
        || requested.chars().anyMatch(Character::isISOControl)) {
      return "/index.xhtml";
    }
    return requested;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public boolean isExpired() {
    return expired;
  }

  public void setExpired(boolean expired) {
    this.expired = expired;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }
}
