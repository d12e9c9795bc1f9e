package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.UpdateAgentUseCase.Command;
import dev.masker.domain.agent.AgentEvent;
import dev.masker.domain.common.InvalidValue;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What creating and deleting agents leave behind, and how the policy versions page. */
class AgentHistoryTest {
  private final World world = new World();
  private final Caller admin = world.openAccountFor("alice@clinic.example");

  @Test
  void creating_and_deleting_an_agent_are_events_of_the_account() {
    var agent = world.createAgent(admin, "Front desk");
    world.deleteAgent().delete(admin, agent.id().value());

    assertThat(world.agentEvents.appended())
        .extracting(AgentEvent::kind)
        .containsExactly(AgentEvent.Kind.CREATED, AgentEvent.Kind.DELETED);
    assertThat(world.agentEvents.appended())
        .allSatisfy(
            event -> {
              assertThat(event.agentId()).isEqualTo(agent.id());
              assertThat(event.accountId()).isEqualTo(admin.accountId());
              assertThat(event.actor()).isEqualTo(admin.userId());
              assertThat(event.id()).startsWith("evt_");
            });
    assertThat(world.agentCopies.forgotten()).containsExactly(agent.id());
  }

  @Test
  void a_new_agent_has_its_first_policy_version_kept() {
    var agent = world.createAgent(admin, "Front desk");

    var first = world.getPolicyVersion().get(admin, agent.id().value(), 1).orElseThrow();

    assertThat(first.name()).isEqualTo("healthcare-default");
    assertThat(first.customYaml()).isEmpty();
    assertThat(first.createdAt()).isEqualTo(agent.createdAt());
  }

  @Test
  void policy_versions_page_newest_first_and_are_not_found_for_other_accounts() {
    var agent = world.createAgent(admin, "Front desk");
    var update = world.updateAgent();
    IntStream.rangeClosed(1, 4)
        .forEach(
            i -> {
              world.clock.advance(Duration.ofSeconds(1));
              update.update(
                  admin,
                  agent.id().value(),
                  Command.none()
                      .withPolicyYaml(
                          "name: clinic\nversion: 1\nkid: K_HEALTHCARE\n# " + i + "\n"));
            });
    var list = world.listPolicyVersions();

    var first = list.list(admin, agent.id().value(), PageRequest.first(2)).orElseThrow();
    var second =
        list.list(admin, agent.id().value(), new PageRequest(2, first.next())).orElseThrow();
    var third =
        list.list(admin, agent.id().value(), new PageRequest(2, second.next())).orElseThrow();

    assertThat(first.items()).extracting(v -> v.version()).containsExactly(5, 4);
    assertThat(second.items()).extracting(v -> v.version()).containsExactly(3, 2);
    assertThat(third.items()).extracting(v -> v.version()).containsExactly(1);
    assertThat(third.next()).isEmpty();
    var other = world.openAccountFor("dave@other.example");
    assertThat(list.list(other, agent.id().value(), PageRequest.first(2))).isEmpty();
    assertThat(world.getPolicyVersion().get(other, agent.id().value(), 1)).isEmpty();
    assertThat(world.getPolicyVersion().get(admin, agent.id().value(), 6)).isEmpty();
    assertThat(world.getPolicyVersion().get(admin, agent.id().value(), 0)).isEmpty();
  }

  @Test
  void a_forged_cursor_position_is_refused() {
    var agent = world.createAgent(admin, "Front desk");
    var forged =
        new PageRequest(
            2,
            java.util.Optional.of(
                new dev.masker.application.page.Keyset(agent.createdAt(), "not-a-version")));

    assertThatThrownBy(() -> world.listPolicyVersions().list(admin, agent.id().value(), forged))
        .isInstanceOf(InvalidValue.class);
  }

  @Test
  void stats_count_sessions_of_the_day_and_week_and_rank_the_added_latency_of_the_days_turns() {
    var agent = world.createAgent(admin, "Front desk");
    var now = world.clock.instant();
    world.sessionCounts.started(admin.accountId(), agent.id(), now.minus(Duration.ofHours(1)));
    world.sessionCounts.started(admin.accountId(), agent.id(), now.minus(Duration.ofDays(3)));
    world.sessionCounts.started(admin.accountId(), agent.id(), now.minus(Duration.ofDays(8)));
    for (int ms = 1; ms <= 5; ms++) {
      world.turnStatistics.served(
          admin.accountId(),
          agent.id(),
          now.minus(Duration.ofMinutes(ms)),
          2,
          Duration.ofMillis(ms));
    }
    world.turnStatistics.served(
        admin.accountId(), agent.id(), now.minus(Duration.ofDays(2)), 7, Duration.ofSeconds(9));

    var stats = world.agentStats().stats(admin, agent);

    assertThat(stats.sessionsLastDay()).isEqualTo(1);
    assertThat(stats.sessionsLastWeek()).isEqualTo(2);
    assertThat(stats.redactionsLastDay()).isEqualTo(10);
    assertThat(stats.p50AddedMillis()).hasValue(3.0);
    assertThat(stats.p95AddedMillis().getAsDouble()).isBetween(4.7, 4.9);
  }

  @Test
  void an_agent_without_turns_has_no_latency() {
    var agent = world.createAgent(admin, "Front desk");

    var stats = world.agentStats().stats(admin, agent);

    assertThat(stats.sessionsLastDay()).isZero();
    assertThat(stats.p50AddedMillis()).isEmpty();
    assertThat(stats.p95AddedMillis()).isEmpty();
  }
}
