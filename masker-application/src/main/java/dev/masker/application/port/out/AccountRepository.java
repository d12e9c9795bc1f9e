package dev.masker.application.port.out;

import dev.masker.domain.account.Account;
import dev.masker.domain.account.AccountId;
import java.util.Optional;

public interface AccountRepository {
  void add(Account account);

  Optional<Account> find(AccountId id);
}
