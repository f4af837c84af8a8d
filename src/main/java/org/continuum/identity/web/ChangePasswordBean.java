package org.continuum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.continuum.identity.application.PasswordChange;
import org.continuum.identity.application.SessionValidity;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UserMessages;

/** A signed-in person changes their own password. */
@Named("changePassword")
@RequestScoped
public class ChangePasswordBean {

  @Inject PasswordChange passwordChange;
  @Inject SessionValidity sessions;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public void change() {
    if (newPassword != null && !newPassword.equals(confirmation)) {
      throw new InvalidInputException(
          "confirmation", Wording.of("changePasswordBean.confirmNewPasswordSame"));
    }
    passwordChange.change(currentPassword, newPassword);
    // every other session of the account ends; this one signs in anew, under a new session id
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    SignedInSession signedIn = SignedInSession.of(request);
    if (signedIn != null) {
      signedIn.renewed(sessions.versionOf(signedIn.username())).store(request);
    }
    currentPassword = null;
    newPassword = null;
    confirmation = null;
    UserMessages.info(Wording.of("changePasswordBean.passwordHasBeenChanged"));
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
