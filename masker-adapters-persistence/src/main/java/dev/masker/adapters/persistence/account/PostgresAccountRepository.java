package dev.masker.adapters.persistence.account;

import dev.masker.application.port.out.AccountRepository;
import dev.masker.domain.account.Account;
import dev.masker.domain.account.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class PostgresAccountRepository implements AccountRepository {
  private final AccountRows rows;

  public PostgresAccountRepository(AccountRows rows) {
    this.rows = rows;
  }

  @Override
  public void add(Account account) {
    rows.row(account.snapshot()).persist();
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return AccountEntity.<AccountEntity>findByIdOptional(id.value())
        .map(row -> Account.reconstitute(rows.snapshot(row)));
  }
}
