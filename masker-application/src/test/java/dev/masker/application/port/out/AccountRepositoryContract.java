package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.account.Account;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.account.Plan;
import dev.masker.domain.common.MonotonicUlids;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountRepository} must do, run against the in-memory fake and the PostgreSQL
 * adapter. Each test opens accounts of its own.
 */
public abstract class AccountRepositoryContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");

  protected abstract AccountRepository accounts();

  protected abstract TransactionRunner tx();

  private Account add(Account account) {
    tx().inTransaction(() -> accounts().add(account));
    return account;
  }

  @Test
  void an_added_account_is_found_again_with_every_field() {
    var added = add(Account.open(IDS, "Riverside Clinic", Plan.PILOT, T0));

    var found = tx().inTransaction(() -> accounts().find(added.id())).orElseThrow();

    assertThat(found.snapshot()).isEqualTo(added.snapshot());
  }

  @Test
  void every_plan_is_kept() {
    for (var plan : Plan.values()) {
      var added = add(Account.open(IDS, "Clinic on " + plan.wireName(), plan, T0));

      assertThat(tx().inTransaction(() -> accounts().find(added.id())))
          .hasValueSatisfying(found -> assertThat(found.plan()).isEqualTo(plan));
    }
  }

  @Test
  void accounts_are_told_apart_by_id_even_with_the_same_name() {
    var first = add(Account.open(IDS, "Clinic", Plan.BETA, T0));
    var second = add(Account.open(IDS, "Clinic", Plan.BETA, T0));

    assertThat(tx().inTransaction(() -> accounts().find(first.id())).orElseThrow().id())
        .isEqualTo(first.id());
    assertThat(tx().inTransaction(() -> accounts().find(second.id())).orElseThrow().id())
        .isEqualTo(second.id());
  }

  @Test
  void an_unknown_id_finds_no_account() {
    assertThat(tx().inTransaction(() -> accounts().find(AccountId.next(IDS)))).isEmpty();
  }
}
