package dev.masker.adapters.persistence.account;

import dev.masker.application.port.out.AccountRepository;
import dev.masker.domain.account.Account;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.account.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class PostgresAccountRepository implements AccountRepository {
  @Override
  public void add(Account account) {
    var row = new AccountEntity();
    row.id = account.id().value();
    row.name = account.name();
    row.plan = account.plan().wireName();
    row.createdAt = account.createdAt();
    row.persist();
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return AccountEntity.<AccountEntity>findByIdOptional(id.value())
        .map(
            row ->
                Account.reconstitute(
                    new Account.Snapshot(
                        new AccountId(row.id),
                        row.name,
                        Plan.fromWireName(row.plan),
                        row.createdAt)));
  }
}
