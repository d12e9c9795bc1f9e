package dev.masker.application.service.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.AdmitRequestUseCase.RequestGroup;
import dev.masker.application.port.in.ProxyChatUseCase.Command;
import dev.masker.application.port.in.ProxyChatUseCase.Outcome;
import dev.masker.application.service.proxy.ProxyWorld.Body;
import dev.masker.application.service.ratelimit.GroupLimit;
import dev.masker.application.service.ratelimit.ProcessBuckets;
import dev.masker.application.service.ratelimit.RequestBudgets;
import dev.masker.domain.ratelimit.RateLimit;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The proxy spends the budget of the agent's account, and refuses a turn over it at once. */
class ProxyRateLimitTest {
  private final ProxyWorld world = new ProxyWorld();
  private final ProcessBuckets database = new ProcessBuckets(1_000, world.clock);
  private final String body = Body.of("gpt-4o-mini").user(ProxyWorld.SPOKEN).json();

  ProxyRateLimitTest() {
    world.budgets =
        new RequestBudgets(
            database,
            new ProcessBuckets(1_000, world.clock),
            Map.of(
                RequestGroup.PROXY, new GroupLimit(new RateLimit(2, 0.1), 1),
                RequestGroup.API, new GroupLimit(new RateLimit(2, 0.1), 1)),
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            () -> world.clock.instant().toEpochMilli() * 1_000_000L);
  }

  @Test
  void a_turn_over_the_accounts_budget_is_refused_before_anything_is_forwarded() {
    var agent = world.agent("openai:gpt-4o-mini");
    world.send(agent, body);
    world.send(agent, body);
    int forwarded = world.upstream.calls().size();

    var refused = world.send(agent, body);

    assertThat(refused).isEqualTo(new Outcome.RateLimited(Duration.ofSeconds(10)));
    assertThat(world.upstream.calls()).hasSize(forwarded);
  }

  @Test
  void the_agents_of_one_account_share_its_budget() {
    var first = world.agent("openai:gpt-4o-mini");
    var second = world.agent("openai:gpt-4o-mini");
    world.send(first, body);
    world.send(first, body);

    assertThat(world.send(second, body)).isInstanceOf(Outcome.RateLimited.class);
  }

  @Test
  void an_unknown_agent_spends_no_budget_and_makes_no_bucket() {
    for (int i = 0; i < 5; i++) {
      var outcome =
          world.proxy.proxy(
              new Command(
                  "agt_01HYZ5Q8M3V7K2N4P6R8T0W2Y" + i, Optional.empty(), Optional.empty(), body),
              new RecordingFrameSink());
      assertThat(outcome).isInstanceOf(Outcome.AgentNotFound.class);
    }

    assertThat(database.untilToken("proxy:" + world.account.value(), new RateLimit(2, 0.1)))
        .isZero();
    var agent = world.agent("openai:gpt-4o-mini");
    assertThat(world.send(agent, body)).isInstanceOf(Outcome.Answered.class);
    assertThat(world.send(agent, body)).isInstanceOf(Outcome.Answered.class);
  }
}
