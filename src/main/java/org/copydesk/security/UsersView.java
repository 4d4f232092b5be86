package org.copydesk.security;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.FacesMessages;

/** The users page (administrators only): the list, and one call into {@link UserAdministration} per action. */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  /** One line of the list: what the page shows, no entity kept in the view state. */
  public record UserRow(String username, String displayName, List<String> roles, boolean enabled, String lastSignIn)
      implements Serializable {

    static UserRow of(AppUser u) {
      return new UserRow(
          u.getUsername(),
          u.getDisplayName(),
          u.getRoles().stream().map(Enum::name).sorted().toList(),
          u.isEnabled(),
          u.getLastSignIn() == null ? "" : WHEN.format(u.getLastSignIn().withOffsetSameInstant(ZoneOffset.UTC)));
    }
  }

  @Inject
  private UserAdministration administration;

  private List<UserRow> users;
  private String newUsername;
  private String newDisplayName;
  private List<String> newRoles = new ArrayList<>(List.of(Role.REPORTER.name()));
  private String newPassword;
  private String selected;
  private List<String> selectedRoles = new ArrayList<>();
  private String selectedPassword;

  public List<UserRow> getUsers() {
    if (users == null) {
      users = administration.all().stream().map(UserRow::of).toList();
    }
    return users;
  }

  public List<String> getRoleNames() {
    return java.util.Arrays.stream(Role.values()).map(Enum::name).toList();
  }

  public void create() {
    if (run(() -> administration.create(new UserAdministration.NewUser(newUsername, newDisplayName, newRoles, newPassword)), "users.created", newUsername)) {
      newUsername = null;
      newDisplayName = null;
      newRoles = new ArrayList<>(List.of(Role.REPORTER.name()));
    }
    newPassword = null;
  }

  public void edit(UserRow row) {
    selected = row.username();
    selectedRoles = new ArrayList<>(row.roles());
    selectedPassword = null;
  }

  public void saveRoles() {
    run(() -> administration.changeRoles(selected, selectedRoles), "users.rolesChanged", selected);
  }

  public void savePassword() {
    run(() -> administration.setPassword(selected, selectedPassword), "users.passwordSet", selected);
    selectedPassword = null;
  }

  public void toggleEnabled(UserRow row) {
    if (row.enabled()) {
      run(() -> administration.disable(row.username()), "users.disabled", row.username());
    } else {
      run(() -> administration.enable(row.username()), "users.enabled", row.username());
    }
  }

  public void endSessions(UserRow row) {
    run(() -> administration.endSessions(row.username()), "users.sessionsEnded", row.username());
  }

  /** One service call: its confirmation, or the refusal's sentence and a failed validation (keeps dialogs open). */
  private boolean run(Runnable action, String doneKey, String username) {
    try {
      action.run();
      users = null;
      FacesMessages.info(doneKey, username);
      return true;
    } catch (BusinessException e) {
      FacesContext.getCurrentInstance().validationFailed();
      FacesMessages.error(e);
      return false;
    }
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

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getSelected() {
    return selected;
  }

  public List<String> getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(List<String> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public String getSelectedPassword() {
    return selectedPassword;
  }

  public void setSelectedPassword(String selectedPassword) {
    this.selectedPassword = selectedPassword;
  }
}
