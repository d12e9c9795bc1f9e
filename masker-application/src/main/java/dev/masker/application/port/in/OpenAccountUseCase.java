package dev.masker.application.port.in;

import dev.masker.domain.account.Account;
import dev.masker.domain.account.Plan;
import dev.masker.domain.user.User;

/** A new account with its first admin, who signs in locally. */
public interface OpenAccountUseCase {
  Result open(Command command);

  /** Opens the account only when no user exists anywhere yet: the bootstrap admin of a server. */
  Result openFirst(Command command);

  record Command(String accountName, String adminEmail, String adminPassword, Plan plan) {
    @Override
    public String toString() {
      return "OpenAccount.Command[***]";
    }
  }

  sealed interface Result {
    record Opened(Account account, User admin) implements Result {}

    record EmailTaken() implements Result {}

    /** {@link #openFirst} found users already. */
    record NotFirst() implements Result {}
  }
}
