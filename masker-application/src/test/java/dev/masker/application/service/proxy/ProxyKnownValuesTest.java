package dev.masker.application.service.proxy;

import static dev.masker.application.service.proxy.ProxyWorld.PHI;
import static dev.masker.application.service.proxy.ProxyWorld.SPOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.ProxyChatUseCase.Outcome;
import dev.masker.application.service.proxy.ProxyWorld.Body;
import org.junit.jupiter.api.Test;

/** A value a call revealed in one turn never reaches the upstream in a later one. */
class ProxyKnownValuesTest {
  private static final String LATER = "Lopez again: is 2671 still my number, Maria?";

  @Test
  void a_later_turn_that_resends_no_history_still_masks_what_the_call_revealed() {
    var world = new ProxyWorld();
    var agent = world.agent("openai:gpt-4o-mini");
    world.send(agent, Body.of("gpt-4o-mini").call("call-A").user(SPOKEN).json());

    world.send(agent, Body.of("gpt-4o-mini").call("call-A").user(LATER).json());

    assertThat(world.upstream.lastBody()).doesNotContain(PHI).contains("MSKV1.NAME.");
  }

  @Test
  void history_cached_in_clear_is_masked_once_a_later_turn_reveals_its_value() {
    var world = new ProxyWorld();
    var agent = world.agent("openai:gpt-4o-mini");
    // "Bell" alone is an ordinary word: nothing masks it until the call says whose name it is
    var first = Body.of("gpt-4o-mini").call("call-A").user("Bell needs a refill");
    world.send(agent, first.json());
    assertThat(world.upstream.lastBody()).contains("Bell needs a refill");

    var second = first.assistant("Sure.").user("Hi, this is Maria Bell");
    world.send(agent, second.json());
    var third = second.assistant("Hello.").user("Thanks");
    world.send(agent, third.json());

    var sent = world.upstream.calls();
    assertThat(sent.get(1).jsonBody()).doesNotContain("Bell", "Maria");
    assertThat(ProxyWorld.messages(sent.get(2).jsonBody()).subList(0, 3))
        .isEqualTo(ProxyWorld.messages(sent.get(1).jsonBody()));
  }

  @Test
  void another_server_recalls_the_call_from_the_vault() {
    var first = new ProxyWorld();
    var agent = first.agent("openai:gpt-4o-mini");
    first.send(agent, Body.of("gpt-4o-mini").call("call-A").user(SPOKEN).json());

    var second = new ProxyWorld(first);
    second.send(agent, Body.of("gpt-4o-mini").call("call-A").user(LATER).json());

    assertThat(second.upstream.lastBody()).doesNotContain(PHI);
  }

  @Test
  void another_call_does_not_learn_from_this_one() {
    var world = new ProxyWorld();
    var agent = world.agent("openai:gpt-4o-mini");
    world.send(agent, Body.of("gpt-4o-mini").call("call-A").user(SPOKEN).json());

    world.send(agent, Body.of("gpt-4o-mini").call("call-B").user("Lopez").json());

    assertThat(world.upstream.lastBody()).contains("\"Lopez\"");
  }

  @Test
  void content_that_cannot_be_masked_is_refused_with_its_path_and_nothing_is_forwarded() {
    var world = new ProxyWorld();
    var agent = world.agent("openai:gpt-4o-mini");
    var body =
        "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":["
            + "{\"type\":\"text\",\"text\":\""
            + SPOKEN
            + "\"},"
            + "{\"type\":\"input_audio\",\"input_audio\":{\"data\":\"AAAA\",\"format\":\"wav\"}}]}]}";

    var outcome = world.send(agent, body);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.UnsupportedContent.class,
            refused -> assertThat(refused.path()).isEqualTo("messages[0].content[1]"));
    assertThat(world.upstream.calls()).isEmpty();
    assertThat(world.turns.turns()).isEmpty();
  }
}
