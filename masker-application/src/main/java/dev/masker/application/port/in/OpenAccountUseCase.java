package dev.masker.application.port.in;

import dev.masker.domain.account.Account;
import dev.masker.domain.account.Plan;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.User;
import java.util.Objects;
import java.util.function.Function;

/** A new account with its first admin, who signs in locally. */
public interface OpenAccountUseCase {
  Result open(Command command);

  /** Opens the account only when no user exists anywhere yet: the bootstrap admin of a server. */
  Result openFirst(Command command);

  /**
   * A valid request for a new account; the name is kept without spaces at either end. Invalid
   * values are refused as they are built ({@code InvalidValue}).
   */
  record Command(String accountName, Email adminEmail, Password adminPassword, Plan plan) {
    public Command {
      accountName = Account.validName(accountName);
      if (adminEmail == null) {
        throw new InvalidValue("email", "is required");
      }
      if (adminPassword == null) {
        throw new InvalidValue("password", "is required");
      }
      Objects.requireNonNull(plan, "plan");
    }

    @Override
    public String toString() {
      return "OpenAccount.Command[***]";
    }
  }

  sealed interface Result {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(
        Function<Opened, T> opened,
        Function<EmailTaken, T> emailTaken,
        Function<NotFirst, T> notFirst);

    record Opened(Account account, User admin) implements Result {
      @Override
      public <T> T fold(
          Function<Opened, T> opened,
          Function<EmailTaken, T> emailTaken,
          Function<NotFirst, T> notFirst) {
        return opened.apply(this);
      }
    }

    record EmailTaken() implements Result {
      @Override
      public <T> T fold(
          Function<Opened, T> opened,
          Function<EmailTaken, T> emailTaken,
          Function<NotFirst, T> notFirst) {
        return emailTaken.apply(this);
      }
    }

    /** {@link #openFirst} found users already. */
    record NotFirst() implements Result {
      @Override
      public <T> T fold(
          Function<Opened, T> opened,
          Function<EmailTaken, T> emailTaken,
          Function<NotFirst, T> notFirst) {
        return notFirst.apply(this);
      }
    }
  }
}
