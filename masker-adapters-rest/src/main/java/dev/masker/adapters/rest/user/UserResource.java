package dev.masker.adapters.rest.user;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.error.ApiError;
import dev.masker.adapters.rest.json.ApiTime;
import dev.masker.application.port.in.AddUserUseCase;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.Role;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Optional;

/** Admins add users to their account (local sign-in). */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {
  private final AddUserUseCase addUser;
  private final CurrentCaller caller;

  public UserResource(AddUserUseCase addUser, CurrentCaller caller) {
    this.addUser = addUser;
    this.caller = caller;
  }

  public record AddUserRequest(String email, String role, String password) {
    @Override
    public String toString() {
      return "AddUserRequest[***]";
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(AddUserRequest body) {
    if (body == null) {
      throw ApiError.validation("body", "is required");
    }
    var result =
        addUser.add(
            caller.get(),
            new AddUserUseCase.Command(
                new Email(body.email()),
                body.role() == null ? Role.MEMBER : Role.fromWireName(body.role()),
                Optional.ofNullable(body.password()).map(Password::new)));
    if (result instanceof AddUserUseCase.Result.Forbidden) {
      throw ApiError.forbidden("Only admins add users");
    }
    if (result instanceof AddUserUseCase.Result.EmailTaken) {
      throw new ApiError(409, "email_taken", "A user with this email exists already");
    }
    var added = (AddUserUseCase.Result.Added) result;
    var user = new LinkedHashMap<String, Object>();
    user.put("id", added.user().id().value());
    user.put("email", added.user().email().map(Email::value).orElse(null));
    user.put("role", added.user().role().wireName());
    user.put("created_at", ApiTime.format(added.user().createdAt()));
    var answer = new LinkedHashMap<String, Object>();
    answer.put("user", user);
    added
        .generatedPassword()
        .map(Password::value)
        .ifPresent(p -> answer.put("initial_password", p));
    return Response.status(201).entity(answer).build();
  }
}
