package dev.masker.server.proxy;

import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.server.api.Tenant;
import dev.masker.server.proxy.ProxyCalls.Agent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens open only in their own call (SPEC §5, §9): every tokenization scheme round-trips through
 * the proxy, a token replayed in another call or another agent comes back redacted, never as the
 * value, and concurrent calls never see each other's values.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxySessionIsolationTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked();
  }

  @Test
  void every_tokenization_scheme_brings_the_values_back_and_keeps_them_from_the_upstream() {
    for (var scheme : new String[] {"vault-deterministic", "reversible-aead", "synthetic"}) {
      var agent = ProxyCalls.agent(Tenant.open(), "fake", scheme, false);
      for (var streamed : new boolean[] {false, true}) {
        var body = ProxyCalls.request(agent.model(), Phi.INTRO + " " + Phi.ABOUT_MOTHER);
        body.put("stream", streamed);
        var response = ProxyCalls.post(agent.id(), body);
        assertThat(response.statusCode()).as("%s: %s", scheme, response.body()).isEqualTo(200);
        var content =
            streamed
                ? ProxyCalls.contents(ProxyCalls.frames(response.body())).get(0)
                : ProxyCalls.parse(response.body())
                    .path("choices")
                    .get(0)
                    .path("message")
                    .path("content")
                    .asText();
        assertThat(content).as(scheme).isEqualTo(Phi.INTRO + " " + Phi.ABOUT_MOTHER);
      }
      Phi.assertNoneIn(fake().received(agent.model()));
    }
  }

  @Test
  void a_token_replayed_in_another_call_or_agent_comes_back_redacted_and_in_its_own_call_whole() {
    var tenant = Tenant.open();
    var agent = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false);
    var otherAgent = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false);
    var call = "call-" + IDS.newUlid();
    ProxyCalls.post(
        agent.id(), ProxyCalls.request(agent.model(), Phi.INTRO), "Masker-Session-Id", call);
    var phone =
        Phi.token(Behaviours.lastUserText(fake().received(agent.model()).get(0).json()), "PHONE");
    var replay = Behaviours.answer(request -> "Your number is " + phone + ".");
    fake().on(agent.model(), replay);
    fake().on(otherAgent.model(), replay);

    var sameCall = say(agent, "Go on.", "Masker-Session-Id", call);
    var lowerCase = sayWith(agent, call, "Your number is " + phone.toLowerCase(Locale.ROOT) + ".");
    var otherCall = say(agent, "Go on.", "Masker-Session-Id", "call-" + IDS.newUlid());
    var noCall = say(agent, "Go on.");
    var otherAgentSameCall = say(otherAgent, "Go on.", "Masker-Session-Id", call);

    assertThat(sameCall).isEqualTo("Your number is " + Phi.PHONE_WRITTEN + ".");
    assertThat(lowerCase).isEqualTo("Your number is " + Phi.PHONE_WRITTEN + ".");
    for (var answer : new String[] {otherCall, noCall, otherAgentSameCall}) {
      assertThat(answer).isEqualTo("Your number is [REDACTED:PHONE].");
    }
  }

  @Test
  void concurrent_calls_each_get_their_own_values_back() throws Exception {
    var agent = ProxyCalls.fakeAgent();
    var pool = Executors.newFixedThreadPool(8);
    try {
      var calls = new ArrayList<Future<String[]>>();
      for (int i = 0; i < 24; i++) {
        var text = "Hi, this is " + Phi.NAME + ", call me at (415) 555-" + (2600 + i) + ", thanks.";
        var streamed = i % 2 == 0;
        Callable<String[]> call =
            () -> {
              var body = ProxyCalls.request(agent.model(), text).put("stream", streamed);
              var response =
                  ProxyCalls.post(agent.id(), body, "Masker-Session-Id", "call-" + IDS.newUlid());
              var content =
                  streamed
                      ? ProxyCalls.contents(ProxyCalls.frames(response.body())).get(0)
                      : ProxyCalls.parse(response.body())
                          .path("choices")
                          .get(0)
                          .path("message")
                          .path("content")
                          .asText();
              return new String[] {text, content};
            };
        calls.add(pool.submit(call));
      }
      for (var call : calls) {
        var result = call.get(60, TimeUnit.SECONDS);
        assertThat(result[1]).isEqualTo(result[0]);
      }
    } finally {
      pool.shutdownNow();
    }
    var received = fake().received(agent.model());
    assertThat(received).hasSize(24);
    Phi.assertNoneIn(received);
    assertThat(
            received.stream()
                .map(r -> Phi.token(Behaviours.lastUserText(r.json()), "NAME"))
                .distinct())
        .as("each call has tokens of its own")
        .hasSize(24);
  }

  /** The answer's content to a plain request saying {@code text}. */
  private static String say(Agent agent, String text, String... headers) {
    var response = ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), text), headers);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ProxyCalls.parse(response.body())
        .path("choices")
        .get(0)
        .path("message")
        .path("content")
        .asText();
  }

  /** The answer when the upstream says {@code answer} in {@code call}. */
  private static String sayWith(Agent agent, String call, String answer) {
    fake().on(agent.model(), Behaviours.answer(request -> answer));
    return say(agent, "Go on.", "Masker-Session-Id", call);
  }
}
