package dev.masker.application.service.proxy;

import static dev.masker.application.service.proxy.ProxyWorld.SPOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.ProxyChatUseCase.Command;
import dev.masker.application.service.proxy.ProxyWorld.Body;
import dev.masker.domain.agent.Agent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A session key the caller supplies can be personal data (Bolna's {@code user} is the caller's
 * phone number): the turn record and the vault see only its keyed hash, wherever it came from, and
 * the hash still ties the turns of one call together.
 */
class ProxyCallerIdTest {
  private static final String PHONE = "+14155550134";
  private static final List<String> PLACES = List.of("header", "call.id", "metadata", "user");

  private final ProxyWorld world = new ProxyWorld();
  private final Agent agent = world.agent("openai:gpt-4o-mini");

  @Test
  void a_session_key_in_any_of_its_four_places_is_recorded_and_scoped_only_as_its_hash() {
    for (var place : PLACES) {
      send(place, PHONE, SPOKEN);

      var turn = world.turns.last();
      assertThat(turn.externalId()).as(place).contains(world.externalId(PHONE));
      assertThat(turn.externalId().orElseThrow())
          .as(place)
          .startsWith("xid_")
          .doesNotContain("4155550134");
      assertThat(turn.toString()).as(place).doesNotContain("4155550134");
    }
    assertThat(world.vault.scopes())
        .containsExactly(agent.id().value() + "/" + world.externalId(PHONE));
  }

  @Test
  void the_same_key_keeps_its_tokens_from_turn_to_turn_and_another_key_gets_its_own() {
    var first = nameToken("call.id", PHONE);
    var again = nameToken("call.id", PHONE);
    var sameKeyElsewhere = nameToken("user", PHONE);
    var otherKey = nameToken("call.id", "+14155550135");

    assertThat(again).isEqualTo(first);
    assertThat(sameKeyElsewhere).isEqualTo(first);
    assertThat(otherKey).isNotEqualTo(first);
    assertThat(world.turns.turns())
        .extracting(turn -> turn.externalId().orElseThrow())
        .containsExactly(
            world.externalId(PHONE),
            world.externalId(PHONE),
            world.externalId(PHONE),
            world.externalId("+14155550135"));
  }

  /** The NAME token the upstream received for {@link ProxyWorld#SPOKEN} in the call {@code key}. */
  private String nameToken(String place, String key) {
    send(place, key, SPOKEN);
    var tokens = ProxyWorld.tokens(world.upstream.lastBody(), "NAME");
    assertThat(tokens).isNotEmpty();
    return tokens.get(0);
  }

  /** A turn naming its session {@code key} in {@code place}. */
  private void send(String place, String key, String text) {
    var body = Body.of("gpt-4o-mini").user(text);
    var header = Optional.<String>empty();
    switch (place) {
      case "header" -> header = Optional.of(key);
      case "call.id" -> body.call(key);
      case "metadata" -> body.field("metadata", "{\"masker_session_id\":\"" + key + "\"}");
      case "user" -> body.field("user", "\"" + key + "#7\"");
      default -> throw new IllegalArgumentException(place);
    }
    world.proxy.proxy(
        new Command(agent.id().value(), Optional.empty(), header, body.json()),
        new RecordingFrameSink());
  }
}
