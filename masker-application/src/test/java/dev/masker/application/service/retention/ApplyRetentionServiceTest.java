package dev.masker.application.service.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.fake.RecordingRetentionStore;
import dev.masker.application.port.in.ApplyRetentionUseCase.Counts;
import dev.masker.application.port.in.ApplyRetentionUseCase.Outcome;
import dev.masker.application.port.out.RetentionStore.AgentPolicy;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.masking.policy.PolicyRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplyRetentionServiceTest {
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
  private static final AccountId ACCOUNT = new AccountId("acc_01JAAAAAAAAAAAAAAAAAAAAAAA");
  private static final AccountId OTHER = new AccountId("acc_01JBBBBBBBBBBBBBBBBBBBBBBB");
  private static final AgentId BUILT_IN = new AgentId("agt_01JAAAAAAAAAAAAAAAAAAAAAAA");
  private static final AgentId OWN = new AgentId("agt_01JBBBBBBBBBBBBBBBBBBBBBBB");
  private static final PolicyRef DEFAULT = new PolicyRef("healthcare-default", 1);

  private final RecordingRetentionStore store = new RecordingRetentionStore();

  private Outcome apply(int batchSize) {
    return new ApplyRetentionService(
            store, new RetentionLimits(90, 7, batchSize), Clock.fixed(NOW, ZoneOffset.UTC))
        .apply();
  }

  private static AgentPolicy own(AgentId agent, AccountId account, String audit) {
    return new AgentPolicy(
        agent,
        account,
        new PolicyRef("own", 1),
        Optional.of("name: own\nversion: 1\nkid: K\n" + audit));
  }

  @Test
  void each_kind_of_row_is_deleted_after_its_own_limit() {
    store.agents.add(new AgentPolicy(BUILT_IN, ACCOUNT, DEFAULT, Optional.empty()));
    store.agents.add(own(OWN, ACCOUNT, "audit: {retention_days: 30}\n"));

    apply(1000);

    assertThat(store.calls)
        .containsExactly(
            "sessions before 2029-10-03T00:00:00Z limit 1000",
            "sessionless vault rows before 2029-10-03T00:00:00Z",
            "payloads before 2029-12-25T00:00:00Z",
            "events of " + BUILT_IN.value() + " before 2023-01-03T00:00:00Z",
            "events of " + OWN.value() + " before 2029-12-02T00:00:00Z",
            "deleted agents' events except [] before 2023-01-03T00:00:00Z");
  }

  @Test
  void a_deleted_agents_events_are_kept_as_long_as_its_account_keeps_any_agents() {
    store.agents.add(own(OWN, ACCOUNT, "audit: {retention_days: 3000}\n"));
    store.agents.add(new AgentPolicy(BUILT_IN, OTHER, DEFAULT, Optional.empty()));

    apply(1000);

    assertThat(store.calls)
        .contains(
            "deleted agents' events of " + ACCOUNT.value() + " before 2021-10-15T00:00:00Z",
            "deleted agents' events except [" + ACCOUNT.value() + "] before 2023-01-03T00:00:00Z");
  }

  @Test
  void an_agent_whose_stored_policy_no_longer_reads_keeps_its_events_and_so_do_its_accounts() {
    store.agents.add(own(OWN, ACCOUNT, "audit: {retention_days: forever}\n"));

    apply(1000);

    assertThat(store.calls)
        .noneMatch(call -> call.startsWith("events of " + OWN.value()))
        .noneMatch(call -> call.startsWith("deleted agents' events of " + ACCOUNT.value()))
        .contains(
            "deleted agents' events except [" + ACCOUNT.value() + "] before 2023-01-03T00:00:00Z");
  }

  @Test
  void a_backlog_is_deleted_in_batches_until_one_comes_back_short_and_the_counts_add_up() {
    store.backlog = 25;

    var outcome = apply(10);

    assertThat(store.calls).filteredOn(call -> call.startsWith("sessions")).hasSize(3);
    assertThat(outcome).isEqualTo(new Outcome.Done(new Counts(25, 50, 75, 0, 0)));
  }

  @Test
  void a_run_that_finds_the_lock_taken_deletes_nothing_and_says_it_skipped() {
    store.lockedElsewhere = true;
    store.backlog = 5;

    assertThat(apply(1000)).isInstanceOf(Outcome.Skipped.class);
    assertThat(store.calls).isEmpty();
  }

  @Test
  void limits_out_of_range_are_refused() {
    assertThatThrownBy(() -> new RetentionLimits(0, 0, 10))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("session_metadata_retention_days");
    assertThatThrownBy(() -> new RetentionLimits(90, -1, 10))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("payload_retention_days");
  }
}
