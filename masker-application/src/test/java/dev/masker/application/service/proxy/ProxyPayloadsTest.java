package dev.masker.application.service.proxy;

import static dev.masker.application.service.proxy.ProxyWorld.PHI;
import static dev.masker.application.service.proxy.ProxyWorld.SPOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.fake.FixedKeyCatalog;
import dev.masker.application.service.proxy.ProxyWorld.Body;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.token.Opening;
import dev.masker.domain.session.PayloadPart;
import dev.masker.domain.session.PayloadSeal;
import dev.masker.domain.session.SessionId;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A turn keeps its payloads when its policy says {@code audit.log_payloads: true}, and only then.
 */
class ProxyPayloadsTest {
  private static final String KEEPS =
      "name: keeps\nversion: 1\nkid: K_HEALTHCARE\naudit: {log_payloads: true}\n";
  private static final SessionId STORED = new SessionId("sess_01JAAAAAAAAAAAAAAAAAAAAAAA");

  private final ProxyWorld world = new ProxyWorld();
  private final String body = Body.of("gpt-4o-mini").user(SPOKEN).json();

  private Agent keeping() {
    return world.agent(
        "openai:gpt-4o-mini",
        settings -> settings.withCustomPolicy(new PolicyRef("keeps", 1), KEEPS));
  }

  /** Opens a part as the read path would, with the same server keys. */
  private static String open(byte[] sealed, PayloadPart part) {
    var seal = new PayloadSeal(new FixedKeyCatalog(Set.of("K_HEALTHCARE")).keyRing("K_HEALTHCARE"));
    var opening = seal.open(STORED, 3, part, sealed);
    return ((Opening.Opened) opening).value();
  }

  @Test
  void a_policy_that_keeps_payloads_hands_the_request_the_masked_request_and_the_answer_over() {
    var outcome = world.send(keeping(), body);

    var kept = world.turns.last().payloads().orElseThrow();
    assertThat(kept.request()).isEqualTo(body);
    assertThat(kept.masked()).contains(world.upstream.lastBody());
    assertThat(kept.response())
        .contains(
            ((dev.masker.application.port.in.ProxyChatUseCase.Outcome.Answered) outcome).json());
    assertThat(kept.masked().orElseThrow()).doesNotContain(PHI);
    // Sealed for the place the turn log stores them, and open there only.
    var sealed = kept.seal(STORED, 3);
    assertThat(new String(sealed.request(), StandardCharsets.ISO_8859_1)).doesNotContain(PHI);
    assertThat(open(sealed.request(), PayloadPart.REQUEST)).isEqualTo(body);
    assertThat(open(sealed.response(), PayloadPart.RESPONSE)).contains("Maria Lopez");
    var seal = new PayloadSeal(new FixedKeyCatalog(Set.of("K_HEALTHCARE")).keyRing("K_HEALTHCARE"));
    assertThat(seal.open(STORED, 4, PayloadPart.REQUEST, sealed.request()))
        .isInstanceOf(Opening.Unreadable.class);
    assertThat(seal.open(STORED, 3, PayloadPart.RESPONSE, sealed.request()))
        .isInstanceOf(Opening.Unreadable.class);
    // Nothing of them in what a log line of the record would show (its random ids and measured
    // durations left out: their digits may spell a planted number by chance).
    var shown =
        world
            .turns
            .last()
            .toString()
            .replaceAll("[0-9A-Z]{26}", "ID")
            .replaceAll("durations=StageDurations\\[[^\\]]*\\]", "durations");
    assertThat(shown).contains("Front desk", "durations").doesNotContain(PHI);
  }

  @Test
  void a_streamed_answer_is_kept_as_the_frames_the_caller_got() {
    var sink = new RecordingFrameSink();
    world.send(keeping(), Body.of("gpt-4o-mini").user(SPOKEN).stream().json(), sink);

    var response = world.turns.last().payloads().orElseThrow().response().orElseThrow();
    assertThat(response).contains("Maria").contains("chat.completion.chunk");
  }

  @Test
  void the_default_policy_keeps_no_payloads() {
    world.send(world.agent("openai:gpt-4o-mini"), body);

    assertThat(world.turns.last().payloads()).isEmpty();
  }
}
