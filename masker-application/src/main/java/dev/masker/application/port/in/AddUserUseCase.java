package dev.masker.application.port.in;

import dev.masker.domain.user.Password;
import dev.masker.domain.user.User;
import java.util.Optional;

/** An admin adds a user to their own account. */
public interface AddUserUseCase {
  Result add(Caller caller, Command command);

  /** Without a password, one is generated and returned once. */
  record Command(String email, String role, Optional<String> password) {
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
