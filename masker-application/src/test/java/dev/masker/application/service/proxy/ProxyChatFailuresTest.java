package dev.masker.application.service.proxy;

import static dev.masker.application.service.proxy.ProxyWorld.PHI;
import static dev.masker.application.service.proxy.ProxyWorld.SPOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.ProxyChatUseCase.Outcome;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamReply;
import dev.masker.application.service.proxy.ProxyWorld.Body;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.session.TurnOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Fail closed when masking fails; upstream failures become safe messages and failed turns. */
class ProxyChatFailuresTest {
  private final ProxyWorld world = new ProxyWorld();
  private final Agent agent = world.agent("openai:gpt-4o-mini");
  private final String body = Body.of("gpt-4o-mini").call("call-A").user(SPOKEN).json();

  private Outcome.UpstreamFailed upstreamFailed(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.UpstreamFailed.class);
    return (Outcome.UpstreamFailed) outcome;
  }

  @Test
  void when_the_vault_cannot_store_a_value_nothing_is_forwarded_and_the_turn_fails_with_503() {
    world.vault.failPuts();

    var outcome = world.send(agent, body);

    assertThat(outcome).isEqualTo(new Outcome.MaskingUnavailable());
    assertThat(world.upstream.calls()).isEmpty();
    var turn = world.turns.last();
    assertThat(turn.outcome()).isEqualTo(TurnOutcome.FAILED);
    assertThat(turn.status()).isEqualTo(503);
    assertThat(turn.externalId()).contains(world.externalId("call-A"));
    assertThat(turn.redactions()).isEmpty();
  }

  @Test
  void a_turn_whose_tokens_could_not_be_stored_leaves_nothing_behind_that_the_next_turn_trusts() {
    world.vault.failPuts();
    assertThat(world.send(agent, body)).isEqualTo(new Outcome.MaskingUnavailable());
    world.vault.resumePuts();

    // The same call resends the same text: its tokens must be stored this time, or the answer
    // that repeats them could not be turned back into the caller's words.
    var outcome = world.send(agent, body);

    assertThat(outcome).isInstanceOf(Outcome.Answered.class);
    assertThat(((Outcome.Answered) outcome).json()).contains("Maria Lopez", "415 555 2671");
    assertThat(world.upstream.lastBody()).doesNotContain(PHI);
  }

  @Test
  void a_turn_of_a_call_stores_all_its_new_tokens_in_one_write() {
    var outcome = world.send(agent, body);

    assertThat(outcome).isInstanceOf(Outcome.Answered.class);
    assertThat(world.vault.puts()).as("tokens stored").isGreaterThanOrEqualTo(3);
    assertThat(world.vault.writes()).as("writes to the store").isEqualTo(1);
    assertThat(world.upstream.lastBody()).doesNotContain(PHI);
  }

  @Test
  void a_request_without_a_call_id_stores_nothing_and_is_still_answered_in_clear() {
    var plain = world.send(agent, Body.of("gpt-4o-mini").user(SPOKEN).json());
    var sink = new RecordingFrameSink();
    world.send(agent, Body.of("gpt-4o-mini").user(SPOKEN).stream().json(), sink);

    // Nothing reads a session of one request after its answer: its values stay out of the store.
    assertThat(world.vault.puts()).isZero();
    assertThat(((Outcome.Answered) plain).json()).contains("Maria Lopez", "415 555 2671");
    assertThat(String.join("", sink.frames)).contains("Maria").doesNotContain("MSKV1.");
    assertThat(world.upstream.lastBody()).doesNotContain(PHI).contains("MSKV1.");
  }

  @Test
  void when_the_vault_fails_for_a_streamed_request_nothing_is_forwarded_or_sent() {
    world.vault.failPuts();
    var sink = new RecordingFrameSink();

    var outcome =
        world.send(agent, Body.of("gpt-4o-mini").call("call-A").user(SPOKEN).stream().json(), sink);

    assertThat(outcome).isEqualTo(new Outcome.MaskingUnavailable());
    assertThat(world.upstream.calls()).isEmpty();
    assertThat(sink.frames).isEmpty();
    assertThat(sink.done).isZero();
    assertThat(world.turns.last().status()).isEqualTo(503);
  }

  @Test
  void an_upstream_error_status_fails_with_its_status_and_its_message_masked() {
    world.upstream.failWith(
        new UpstreamFailure.ErrorStatus(
            429, "Rate limit reached for Maria Lopez, born March 3rd 1961, at 415 555 2671"));

    var failed = upstreamFailed(world.send(agent, body));

    assertThat(failed.failure())
        .isInstanceOfSatisfying(
            UpstreamFailure.ErrorStatus.class, error -> assertThat(error.status()).isEqualTo(429));
    assertThat(failed.message())
        .startsWith("The upstream answered 429: Rate limit reached for MSKV1.NAME.")
        .doesNotContain(PHI);
    var turn = world.turns.last();
    assertThat(turn.outcome()).isEqualTo(TurnOutcome.FAILED);
    assertThat(turn.status()).isEqualTo(502);
    assertThat(turn.redactions()).isNotEmpty();
  }

  @Test
  void an_upstream_error_naming_a_value_of_a_request_without_a_call_id_alone_is_masked_too() {
    world.upstream.failWith(
        new UpstreamFailure.ErrorStatus(400, "Lopez: content policy, see 2671 and 415 555 2671"));

    var failed = upstreamFailed(world.send(agent, Body.of("gpt-4o-mini").user(SPOKEN).json()));

    // "Lopez" and "2671" alone are only known from the request, as values it revealed.
    assertThat(failed.message()).startsWith("The upstream answered 400: ").doesNotContain(PHI);
  }

  @Test
  void when_the_upstreams_message_cannot_be_masked_only_its_status_is_shown() {
    world.upstream.answer(
        call -> {
          world.vault.failPuts();
          return new UpstreamFailure.ErrorStatus(500, "Internal error for patient Jane Roe");
        });

    var failed = upstreamFailed(world.send(agent, body));

    assertThat(failed.message()).isEqualTo("The upstream answered 500");
    assertThat(world.turns.last().status()).isEqualTo(502);
  }

  @Test
  void an_upstream_that_times_out_fails_with_504() {
    world.upstream.failWith(new UpstreamFailure.TimedOut(ProxyWorld.TIMEOUT));

    var failed = upstreamFailed(world.send(agent, body));

    assertThat(failed.failure()).isInstanceOf(UpstreamFailure.TimedOut.class);
    assertThat(failed.message()).isEqualTo("The upstream did not answer within 30000 ms");
    assertThat(world.turns.last().status()).isEqualTo(504);
    assertThat(world.turns.last().outcome()).isEqualTo(TurnOutcome.FAILED);
  }

  @Test
  void an_unreachable_upstream_fails_with_502() {
    world.upstream.failWith(new UpstreamFailure.Unreachable("connection refused"));

    var failed = upstreamFailed(world.send(agent, body));

    assertThat(failed.failure()).isEqualTo(new UpstreamFailure.Unreachable("connection refused"));
    assertThat(failed.message()).contains("connection refused");
    assertThat(world.turns.last().status()).isEqualTo(502);
  }

  @Test
  void an_answer_that_is_not_a_json_object_is_a_malformed_upstream_answer() {
    world.upstream.answer(call -> new UpstreamReply.Completion(200, "<html>oops</html>"));

    var failed = upstreamFailed(world.send(agent, body));

    assertThat(failed.failure()).isInstanceOf(UpstreamFailure.Malformed.class);
    assertThat(world.turns.last().status()).isEqualTo(502);
  }

  @Test
  void a_failed_turn_is_recorded_when_the_upstream_gave_up() {
    world.upstream.answer(
        call -> {
          world.clock.advance(Duration.ofSeconds(30));
          return new UpstreamFailure.TimedOut(ProxyWorld.TIMEOUT);
        });

    world.send(agent, body);

    var turn = world.turns.last();
    assertThat(turn.endedAt()).isEqualTo(ProxyWorld.T0.plusSeconds(30));
    assertThat(turn.durations().upstream()).isNotNegative();
  }
}
