package org.copydesk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.copydesk.platform.InvalidInputException;
import org.copydesk.security.AppUser;
import org.copydesk.security.UserAdministration;

/**
 * Accounts, for administrators (the EJB checks the role; others get 403): list, create, change
 * roles, set a password, disable or enable, end sessions. Passwords go in, never out.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject
  private UserAdministration users;

  public static class UserDto {
    public String username;
    public String displayName;
    public List<String> roles;
    public boolean enabled;
    public String lastSignIn;

    static UserDto of(AppUser u) {
      UserDto d = new UserDto();
      d.username = u.getUsername();
      d.displayName = u.getDisplayName();
      d.roles = u.getRoles().stream().map(Enum::name).sorted().toList();
      d.enabled = u.isEnabled();
      d.lastSignIn = u.getLastSignIn() == null ? null : u.getLastSignIn().toString();
      return d;
    }
  }

  public static class NewUserDto {
    public String username;
    public String displayName;
    public List<String> roles;
    public String password;
  }

  public static class RolesDto {
    public List<String> roles;
  }

  public static class PasswordDto {
    public String password;
  }

  public static class EnabledDto {
    public Boolean enabled;
  }

  @GET
  public List<UserDto> all() {
    return users.all().stream().map(UserDto::of).toList();
  }

  @GET
  @Path("{username}")
  public UserDto get(@PathParam("username") String username) {
    return UserDto.of(users.get(username));
  }

  @POST
  public Response create(NewUserDto input) {
    if (input == null) {
      throw new InvalidInputException("users.required");
    }
    AppUser created = users.create(new UserAdministration.NewUser(input.username, input.displayName, input.roles, input.password));
    return Response.status(201).entity(UserDto.of(created)).build();
  }

  @PUT
  @Path("{username}/roles")
  public UserDto roles(@PathParam("username") String username, RolesDto input) {
    return UserDto.of(users.changeRoles(username, input == null ? null : input.roles));
  }

  @PUT
  @Path("{username}/password")
  public UserDto password(@PathParam("username") String username, PasswordDto input) {
    return UserDto.of(users.setPassword(username, input == null ? null : input.password));
  }

  @PUT
  @Path("{username}/enabled")
  public UserDto enabled(@PathParam("username") String username, EnabledDto input) {
    if (input == null || input.enabled == null) {
      throw new InvalidInputException("users.required");
    }
    return UserDto.of(input.enabled ? users.enable(username) : users.disable(username));
  }

  /** Ends every session of the user on every instance (within seconds on the others). */
  @DELETE
  @Path("{username}/sessions")
  public Response endSessions(@PathParam("username") String username) {
    users.endSessions(username);
    return Response.noContent().build();
  }
}
