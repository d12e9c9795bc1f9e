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
    /**
     * Calls the method of {@code cases} for this result: a new case added here fails to compile at
     * every caller until it is handled.
     */
    <T> T fold(Cases<T> cases);

    /** One method per result; {@link #fold} calls the one that applies. */
    interface Cases<T> {
      T added(Added result);

      T emailTaken(EmailTaken result);

      T forbidden(Forbidden result);
    }

    record Added(User user, Optional<Password> generatedPassword) implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.added(this);
      }
    }

    record EmailTaken() implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.emailTaken(this);
      }
    }

    record Forbidden() implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.forbidden(this);
      }
    }
  }
}
