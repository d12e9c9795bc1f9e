package dev.masker.application.port.in;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(
        Function<Added, T> added,
        Function<EmailTaken, T> emailTaken,
        Function<Forbidden, T> forbidden);

    record Added(User user, Optional<Password> generatedPassword) implements Result {
      @Override
      public <T> T fold(
          Function<Added, T> added,
          Function<EmailTaken, T> emailTaken,
          Function<Forbidden, T> forbidden) {
        return added.apply(this);
      }
    }

    record EmailTaken() implements Result {
      @Override
      public <T> T fold(
          Function<Added, T> added,
          Function<EmailTaken, T> emailTaken,
          Function<Forbidden, T> forbidden) {
        return emailTaken.apply(this);
      }
    }

    record Forbidden() implements Result {
      @Override
      public <T> T fold(
          Function<Added, T> added,
          Function<EmailTaken, T> emailTaken,
          Function<Forbidden, T> forbidden) {
        return forbidden.apply(this);
      }
    }
  }
}
