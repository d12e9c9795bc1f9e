package dev.masker.adapters.rest.user;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.error.ApiError;
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
import java.util.Optional;

/** Admins add users to their account (local sign-in). */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {
  private final AddUserUseCase addUser;
  private final CurrentCaller caller;
  private final UserBodies bodies;

  public UserResource(AddUserUseCase addUser, CurrentCaller caller, UserBodies bodies) {
    this.addUser = addUser;
    this.caller = caller;
    this.bodies = bodies;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(AddUserRequest body) {
    if (body == null) {
      throw ApiError.validation("body", "is required");
    }
    var command =
        new AddUserUseCase.Command(
            new Email(body.email()),
            body.role() == null ? Role.MEMBER : Role.fromWireName(body.role()),
            Optional.ofNullable(body.password()).map(Password::new));
    return addUser
        .add(caller.get(), command)
        .fold(
            added -> {
              var answer =
                  bodies.added(added.user().snapshot(), added.generatedPassword().orElse(null));
              return Response.status(201).entity(answer).build();
            },
            taken -> {
              throw new ApiError(409, "email_taken", "A user with this email exists already");
            },
            forbidden -> {
              throw ApiError.forbidden("Only admins add users");
            });
  }
}
