package org.continuum.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.identity.application.AccountAdministration;
import org.continuum.identity.application.AccountView;
import org.continuum.identity.application.NewAccount;
import org.continuum.identity.application.RoleAssignments;
import org.continuum.identity.application.RoleView;
import org.continuum.identity.domain.Role;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.PagedModel;
import org.continuum.shared.web.UserMessages;

/** The administrator's people page: find, create, correct, unlock, disable, reset, give roles. */
@Named("peopleAdmin")
@ViewScoped
public class PeopleAdminBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountAdministration accounts;
  @Inject RoleAssignments roles;

  private final PagedModel<AccountView> model =
      new PagedModel<>(r -> accounts.list(r), AccountView::id, this::toolbarFilters);

  private String search;
  private String statusFilter;
  private boolean lockedOnly;

  private String newUsername;
  private String newDisplayName;
  private String newEmail;
  private String newPassword;

  private AccountView selected;
  private List<RoleView> selectedRoles;
  private String editDisplayName;
  private String editEmail;
  private String resetPassword;

  public PagedModel<AccountView> getModel() {
    return model;
  }

  private Map<String, String> toolbarFilters() {
    Map<String, String> filters = new HashMap<>();
    if (search != null && !search.isBlank()) {
      filters.put("search", search);
    }
    if (statusFilter != null && !statusFilter.isBlank()) {
      filters.put("status", statusFilter);
    }
    if (lockedOnly) {
      filters.put("locked", "true");
    }
    return filters;
  }

  public void create() {
    AccountView created =
        accounts.create(new NewAccount(newUsername, newDisplayName, newEmail, newPassword));
    UserMessages.info(
        Wording.of("peopleAdminBean.wasCreated", created.displayName(), created.username()));
    newUsername = null;
    newDisplayName = null;
    newEmail = null;
    newPassword = null;
  }

  public void select(long accountId) {
    selected = accounts.get(accountId);
    selectedRoles = null;
    editDisplayName = selected.displayName();
    editEmail = selected.email();
    resetPassword = null;
  }

  public void saveProfile() {
    selected =
        accounts.updateProfile(selected.id(), selected.version(), editDisplayName, editEmail);
    UserMessages.info(Wording.of("peopleAdminBean.saved", selected.displayName()));
  }

  public void unlock() {
    accounts.unlock(selected.id());
    select(selected.id());
    UserMessages.info(Wording.of("peopleAdminBean.signAgain", selected.displayName()));
  }

  public void disable() {
    accounts.disable(selected.id());
    select(selected.id());
    UserMessages.info(Wording.of("peopleAdminBean.longerSignApiTokens", selected.displayName()));
  }

  public void enable() {
    accounts.enable(selected.id());
    select(selected.id());
    UserMessages.info(Wording.of("peopleAdminBean.signAgain", selected.displayName()));
  }

  public void resetPassword() {
    accounts.resetPassword(selected.id(), resetPassword);
    resetPassword = null;
    UserMessages.info(Wording.of("peopleAdminBean.passwordWasResetTell", selected.displayName()));
  }

  /** Roles are shown here; program roles are given on the program's own pages. */
  public List<RoleView> getSelectedRoles() {
    if (selectedRoles == null) {
      selectedRoles = selected == null ? List.of() : roles.rolesOf(selected.id());
    }
    return selectedRoles;
  }

  public boolean isSelectedAdministrator() {
    return getSelectedRoles().stream().anyMatch(r -> r.role() == Role.ADMIN);
  }

  public void grantAdministrator() {
    roles.grant(selected.id(), null, Role.ADMIN);
    selectedRoles = null;
    UserMessages.info(Wording.of("peopleAdminBean.nowAdministrator", selected.displayName()));
  }

  public void revokeAdministrator() {
    roles.revoke(selected.id(), null, Role.ADMIN);
    selectedRoles = null;
    UserMessages.info(Wording.of("peopleAdminBean.longerAdministrator", selected.displayName()));
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(String statusFilter) {
    this.statusFilter = statusFilter;
  }

  public boolean isLockedOnly() {
    return lockedOnly;
  }

  public void setLockedOnly(boolean lockedOnly) {
    this.lockedOnly = lockedOnly;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public AccountView getSelected() {
    return selected;
  }

  public String getEditDisplayName() {
    return editDisplayName;
  }

  public void setEditDisplayName(String editDisplayName) {
    this.editDisplayName = editDisplayName;
  }

  public String getEditEmail() {
    return editEmail;
  }

  public void setEditEmail(String editEmail) {
    this.editEmail = editEmail;
  }

  public String getResetPassword() {
    return resetPassword;
  }

  public void setResetPassword(String resetPassword) {
    this.resetPassword = resetPassword;
  }
}
