package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.PolicyVersion;
import dev.masker.domain.common.MonotonicUlids;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PolicyVersionRepository} must do, run against the in-memory fake and the
 * PostgreSQL adapter. Each test uses accounts and agents of its own.
 */
public abstract class PolicyVersionRepositoryContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");

  protected abstract PolicyVersionRepository versions();

  protected abstract TransactionRunner tx();

  private final AccountId account = AccountId.next(IDS);
  private final AgentId agent = AgentId.next(IDS);

  private PolicyVersion add(int version, String yaml) {
    var kept = new PolicyVersion(agent, version, "clinic", yaml, T0.plusSeconds(version));
    tx().inTransaction(() -> versions().add(account, kept));
    return kept;
  }

  @Test
  void a_kept_version_is_found_again_with_its_yaml() {
    var kept = add(1, "name: clinic\nversion: 1\n");
    var builtIn = add(2, null);

    assertThat(tx().inTransaction(() -> versions().find(account, agent, 1))).contains(kept);
    assertThat(tx().inTransaction(() -> versions().find(account, agent, 2))).contains(builtIn);
    assertThat(tx().inTransaction(() -> versions().find(account, agent, 3))).isEmpty();
  }

  @Test
  void versions_list_newest_first_below_a_version() {
    for (int v = 1; v <= 4; v++) {
      add(v, "# " + v + "\n");
    }

    var first = tx().inTransaction(() -> versions().list(account, agent, Optional.empty(), 3));
    var rest = tx().inTransaction(() -> versions().list(account, agent, Optional.of(2), 3));

    assertThat(first).extracting(PolicyVersion::version).containsExactly(4, 3, 2);
    assertThat(rest).extracting(PolicyVersion::version).containsExactly(1);
  }

  @Test
  void a_version_kept_twice_stays_as_it_was_first_kept() {
    var first = add(1, "# first\n");
    add(1, "# second\n");

    assertThat(tx().inTransaction(() -> versions().find(account, agent, 1))).contains(first);
  }

  @Test
  void another_accounts_versions_are_invisible() {
    add(1, "# mine\n");
    var other = AccountId.next(IDS);

    assertThat(tx().inTransaction(() -> versions().find(other, agent, 1))).isEmpty();
    assertThat(tx().inTransaction(() -> versions().list(other, agent, Optional.empty(), 10)))
        .isEmpty();
  }
}
