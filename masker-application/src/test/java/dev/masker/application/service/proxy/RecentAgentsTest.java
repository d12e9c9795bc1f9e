package dev.masker.application.service.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.fake.DirectTransactionRunner;
import dev.masker.application.fake.InMemoryAgentRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.AgentSettings;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.MonotonicUlids;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentAgentsTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private final InMemoryAgentRepository repository = new InMemoryAgentRepository();
  private long now;
  private final RecentAgents agents =
      new RecentAgents(repository, new DirectTransactionRunner(), Duration.ofSeconds(1), () -> now);

  private Agent added() {
    var agent =
        Agent.create(
                IDS,
                new AccountId("acc_" + IDS.newUlid()),
                AgentSettings.of(new AgentName("Front desk"), Upstream.parse("stub")),
                false,
                Instant.parse("2026-11-28T10:00:00Z"))
            .agent();
    repository.add(agent);
    return agent;
  }

  @Test
  void a_deleted_agent_is_gone_once_its_copy_is_a_second_old() {
    var agent = added();
    assertThat(agents.find(agent.id())).contains(agent);

    repository.delete(agent.accountId(), agent.id());
    now += Duration.ofMillis(999).toNanos();
    assertThat(agents.find(agent.id())).as("still the recent copy").contains(agent);
    now += Duration.ofMillis(2).toNanos();
    assertThat(agents.find(agent.id())).isEmpty();
  }

  @Test
  void an_unknown_id_is_looked_up_every_time_so_a_new_agent_is_found_at_once() {
    var agent = added();
    repository.delete(agent.accountId(), agent.id());
    assertThat(agents.find(agent.id())).isEmpty();

    repository.add(agent);

    assertThat(agents.find(agent.id())).contains(agent);
  }

  @Test
  void a_zero_time_to_live_reads_the_repository_every_time() {
    var fresh =
        new RecentAgents(repository, new DirectTransactionRunner(), Duration.ZERO, () -> now);
    var agent = added();
    assertThat(fresh.find(agent.id())).contains(agent);
    repository.delete(agent.accountId(), agent.id());
    assertThat(fresh.find(new AgentId(agent.id().value()))).isEmpty();
  }

  @Test
  void its_statistics_count_the_copies_served_and_the_reads() {
    var agent = added();
    agents.find(agent.id());
    agents.find(agent.id());
    now += Duration.ofSeconds(1).toNanos();
    agents.find(agent.id());

    var statistics = agents.cacheStatistics().get(RecentAgents.CACHE_NAME);

    assertThat(statistics.size()).isEqualTo(1);
    assertThat(statistics.hits()).isEqualTo(1);
    assertThat(statistics.misses()).isEqualTo(2);
  }
}
