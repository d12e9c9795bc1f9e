package dev.masker.application.service.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.leak.LeakHunt;
import dev.masker.application.leak.LeakOracle;
import dev.masker.application.leak.PlantedCall;
import dev.masker.application.port.in.ProxyChatUseCase.Outcome;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The leak hunt through the proxy's use case: values planted in every field, shape, spelling and
 * turn of a call, streamed and not; the upstream receives none of them in any form, and every turn
 * is answered.
 */
class LeakHuntProperties {
  private static final AtomicInteger CALLS = new AtomicInteger();
  private final ProxyWorld world = new ProxyWorld();

  @Provide
  Arbitrary<PlantedCall> calls() {
    return LeakHunt.calls();
  }

  @Property(tries = 300)
  void no_planted_value_reaches_the_upstream(@ForAll("calls") PlantedCall call) {
    var agent = world.agent("openai:gpt-4o-mini");
    var conversation = call.conversation("gpt-4o-mini", "call-" + CALLS.incrementAndGet());
    for (int turn = 0; turn < call.size(); turn++) {
      var sink = new RecordingFrameSink();
      var outcome = world.send(agent, conversation.nextBody(), sink);
      var sent = world.upstream.lastBody();
      for (var planted : call.planted()) {
        assertThat(LeakOracle.leak(planted, sent)).as("%s sent %s", planted, sent).isEmpty();
      }
      conversation.answered(call.streamed() ? streamedContent(sink) : answered(outcome));
    }
  }

  private static String answered(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Answered.class);
    return ProxyWorld.answerContent(outcome);
  }

  private static String streamedContent(RecordingFrameSink sink) {
    assertThat(sink.done).isEqualTo(1);
    var content = new StringBuilder();
    for (var frame : sink.frames) {
      var choices = JsonParser.parseObject(frame).array("choices");
      if (choices != null && choices.size() > 0) {
        var delta = ((JsonObject) choices.get(0)).object("delta");
        if (delta != null && delta.get("content") instanceof JsonString text) {
          content.append(text.value());
        }
      }
    }
    return content.toString();
  }
}
