package dev.masker.application.service.proxy;

import static dev.masker.application.service.proxy.ProxyWorld.PHI;
import static dev.masker.application.service.proxy.ProxyWorld.SPOKEN;
import static dev.masker.application.service.proxy.ProxyWorld.answerContent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.service.proxy.ProxyWorld.Body;
import dev.masker.domain.session.Redaction;
import org.junit.jupiter.api.Test;

/** The masked-history cache as the proxy uses it, turn after turn of one call. */
class ProxyMaskedHistoryTest {
  private static Body secondTurn(ProxyWorld world) {
    var agent = world.agent("openai:gpt-4o-mini");
    var first = Body.of("gpt-4o-mini").call("call-A").user(SPOKEN);
    var answer = answerContent(world.send(agent, first.json()));
    var second = first.assistant(answer).user("Thanks");
    world.send(agent, second.json());
    return second;
  }

  @Test
  void resent_history_is_taken_from_the_cache_one_entry_per_distinct_text() {
    var world = new ProxyWorld();

    secondTurn(world);

    assertThat(world.history.size()).isEqualTo(2);
    assertThat(world.turns.last().redactions()).isEmpty();
    assertThat(world.turns.turns().get(0).redactions()).hasSize(3);
  }

  @Test
  void without_the_cache_history_is_masked_again_to_the_same_bytes_and_recorded_again() {
    var cached = new ProxyWorld();
    var uncached = new ProxyWorld(0);

    secondTurn(cached);
    secondTurn(uncached);

    assertThat(uncached.history.size()).isZero();
    var sent = ProxyWorld.messages(uncached.upstream.lastBody());
    assertThat(sent.get(0)).isEqualTo(sent.get(1).replace("\"assistant\"", "\"user\""));
    assertThat(String.join("", sent)).doesNotContain(PHI);
    assertThat(uncached.turns.last().redactions())
        .extracting(Redaction::messageIndex)
        .containsExactly(0, 0, 0, 1, 1, 1);
  }

  @Test
  void an_evicted_text_is_detected_again_and_gets_the_same_tokens() {
    var world = new ProxyWorld(1);
    var agent = world.agent("openai:gpt-4o-mini");
    var first = Body.of("gpt-4o-mini").call("call-A").system("Patient: Maria Lopez").user(SPOKEN);
    var answer = answerContent(world.send(agent, first.json()));
    var firstSent = ProxyWorld.messages(world.upstream.lastBody());

    world.send(agent, first.assistant(answer).user("Thanks").json());

    var secondSent = ProxyWorld.messages(world.upstream.lastBody());
    assertThat(secondSent.subList(0, 2)).isEqualTo(firstSent);
    assertThat(world.turns.last().redactions())
        .extracting(Redaction::messageIndex)
        .contains(0)
        .doesNotContain(3);
    assertThat(world.history.size()).isEqualTo(1);
  }
}
