package dev.masker.application.fake;

import dev.masker.application.port.out.AccountRepository;
import dev.masker.domain.account.Account;
import dev.masker.domain.account.AccountId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAccountRepository implements AccountRepository {
  private final Map<AccountId, Account> accounts = new ConcurrentHashMap<>();

  @Override
  public void add(Account account) {
    accounts.put(account.id(), account);
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return Optional.ofNullable(accounts.get(id));
  }
}
