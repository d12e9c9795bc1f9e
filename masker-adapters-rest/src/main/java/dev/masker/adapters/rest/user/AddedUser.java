package dev.masker.adapters.rest.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The answer to {@code POST /users}: the user, and the password only when it was generated. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AddedUser(
    UserBody user, @JsonInclude(JsonInclude.Include.NON_NULL) String initialPassword) {
  /** A user added, as the API shows one. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record UserBody(String id, String email, String role, String createdAt) {
    @Override
    public String toString() {
      return "UserBody[" + id + "]";
    }
  }

  @Override
  public String toString() {
    return "AddedUser[" + user + "]";
  }
}
