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
    /**
     * Calls the method of {@code cases} for this result: a new case added here fails to compile at
     * every caller until it is handled.
     */
    <T> T fold(Cases<T> cases);

    /** One method per result; {@link #fold} calls the one that applies. */
    interface Cases<T> {
      T opened(Opened result);

      T emailTaken(EmailTaken result);

      T notFirst(NotFirst result);
    }

    record Opened(Account account, User admin) implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.opened(this);
      }
    }

    record EmailTaken() implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.emailTaken(this);
      }
    }

    /** {@link #openFirst} found users already. */
    record NotFirst() implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.notFirst(this);
      }
    }
  }
}
