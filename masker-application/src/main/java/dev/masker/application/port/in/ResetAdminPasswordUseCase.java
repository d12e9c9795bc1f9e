package dev.masker.application.port.in;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.User;
import java.util.function.Function;

/**
 * A self-hoster who lost an admin's password sets a new one from the machine the server runs on
 * (not over the API): a password is generated, shown once, and the admin's sessions end.
 */
public interface ResetAdminPasswordUseCase {
  Result reset(Command command);

  /** The admin whose password is replaced. */
  record Command(Email adminEmail) {
    public Command {
      if (adminEmail == null) {
        throw new InvalidValue("email", "is required");
      }
    }

    @Override
    public String toString() {
      return "ResetAdminPassword.Command[***]";
    }
  }

  sealed interface Result {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(Function<Reset, T> reset, Function<NoSuchAdmin, T> noSuchAdmin);

    /** The new password, to be shown once; every session of the admin was ended. */
    record Reset(User admin, Password password) implements Result {
      @Override
      public <T> T fold(Function<Reset, T> reset, Function<NoSuchAdmin, T> noSuchAdmin) {
        return reset.apply(this);
      }

      @Override
      public String toString() {
        return "Reset[" + admin.id() + "]";
      }
    }

    /** No user has that email, or the one who has is not an admin. */
    record NoSuchAdmin() implements Result {
      @Override
      public <T> T fold(Function<Reset, T> reset, Function<NoSuchAdmin, T> noSuchAdmin) {
        return noSuchAdmin.apply(this);
      }
    }
  }
}
