package org.continuum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.continuum.identity.application.FirstAdministratorSetup;
import org.continuum.identity.application.NewAccount;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/** The one-time page that creates the first administrator of an empty installation. */
@Named("firstAdministrator")
@RequestScoped
public class FirstAdministratorBean {

  @Inject FirstAdministratorSetup setup;

  private String setupCode;
  private String username;
  private String displayName;
  private String email;
  private String password;
  private String confirmation;

  public boolean isOpen() {
    return setup.isOpen();
  }

  public String create() {
    if (password != null && !password.equals(confirmation)) {
      throw new InvalidInputException(
          "confirmation", Wording.of("firstAdministratorBean.confirmPasswordSamePassword"));
    }
    setup.createAdministrator(setupCode, new NewAccount(username, displayName, email, password));
    return "/login.xhtml?faces-redirect=true";
  }

  public String getSetupCode() {
    return setupCode;
  }

  public void setSetupCode(String setupCode) {
    this.setupCode = setupCode;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
