package dev.masker.application.port.in;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/** An admin adds a user to their own account. */
public interface AddUserUseCase {
  Result add(Caller caller, Command command);

  /**
   * A valid request for a new user; without a password, one is generated and returned once. Invalid
   * values are refused as they are built ({@code InvalidValue} from {@link Email}, {@link Role} and
   * {@link Password}).
   */
  record Command(Email email, Role role, Optional<Password> password) {
    public Command {
      if (email == null) {
        throw new InvalidValue("email", "is required");
      }
      if (role == null) {
        throw new InvalidValue("role", "is required");
      }
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "AddUser.Command[***]";
    }
  }

  sealed interface Result {
    record Added(User user, Optional<Password> generatedPassword) implements Result {}

    record EmailTaken() implements Result {}

    record Forbidden() implements Result {}
  }
}
