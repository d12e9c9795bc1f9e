package dev.masker.application.service.proxy;

import static dev.masker.application.fake.ScriptedUpstream.chunk;
import static dev.masker.application.fake.ScriptedUpstream.contentChunk;
import static dev.masker.application.service.proxy.ProxyWorld.PHI;
import static dev.masker.application.service.proxy.ProxyWorld.SPOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.fake.ScriptedUpstream;
import dev.masker.application.port.in.ProxyChatUseCase.Outcome;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.service.proxy.ProxyWorld.Body;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.session.TurnOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A streamed turn: frames rehydrated as they pass, and every way a stream can end. */
class ProxyChatStreamingTest {
  private final ProxyWorld world = new ProxyWorld();
  private final Agent agent = world.agent("openai:gpt-4o-mini");
  private final String body = Body.of("gpt-4o-mini").call("call-A").user(SPOKEN).stream().json();
  private final RecordingFrameSink sink = new RecordingFrameSink();

  /** The concatenated {@code delta.content} of the frames; each frame must be a JSON object. */
  private static String content(List<String> frames) {
    var text = new StringBuilder();
    for (var frame : frames) {
      for (var choice : JsonParser.parseObject(frame).array("choices")) {
        var delta = ((JsonObject) choice).object("delta");
        if (delta != null && delta.string("content") != null) {
          text.append(delta.string("content"));
        }
      }
    }
    return text.toString();
  }

  /** The frames the upstream would send for the masked text of the request, cut every 5 chars. */
  private List<String> maskedEchoEvents(int upTo) {
    var events = new ArrayList<String>();
    world.upstream.streamEvents(List.of());
    world.send(agent, body, new RecordingFrameSink());
    var masked = ScriptedUpstream.lastUserText(world.upstream.lastBody());
    for (int i = 0; i < Math.min(upTo, masked.length()); i += 5) {
      events.add(contentChunk(masked.substring(i, Math.min(i + 5, masked.length()))));
    }
    return events;
  }

  @Test
  void a_streamed_answer_comes_back_rehydrated_frame_by_frame_and_ends_with_done() {
    var outcome = world.send(agent, body, sink);

    assertThat(outcome).isEqualTo(new Outcome.Streamed(true));
    assertThat(world.upstream.lastBody()).doesNotContain(PHI).contains("\"stream\":true");
    assertThat(content(sink.frames)).isEqualTo(SPOKEN);
    assertThat(sink.frames).allSatisfy(frame -> assertThat(frame).doesNotContain("MSKV1"));
    assertThat(sink.frames.get(sink.frames.size() - 1)).isEqualTo(ScriptedUpstream.usageChunk());
    assertThat(sink.done).isEqualTo(1);
    assertThat(sink.broken).isEmpty();
    var turn = world.turns.last();
    assertThat(turn.outcome()).isEqualTo(TurnOutcome.OK);
    assertThat(turn.status()).isEqualTo(200);
    assertThat(turn.externalId()).contains(world.externalId("call-A"));
    assertThat(turn.redactions()).hasSize(3);
  }

  @Test
  void a_stream_that_breaks_midway_ends_with_one_error_frame_and_a_broken_turn() {
    var events = maskedEchoEvents(40);
    world.upstream.streamEventsThenFail(events, new UpstreamFailure.ConnectionLost("reset"));

    var outcome = world.send(agent, body, sink);

    assertThat(outcome).isEqualTo(new Outcome.Streamed(false));
    assertThat(sink.frames).hasSize(events.size());
    assertThat(SPOKEN).startsWith(content(sink.frames));
    assertThat(sink.broken)
        .singleElement()
        .satisfies(
            broken -> {
              assertThat(broken.failure()).isEqualTo(new UpstreamFailure.ConnectionLost("reset"));
              assertThat(broken.message()).contains("reset");
            });
    assertThat(sink.done).isZero();
    assertThat(world.turns.last().outcome()).isEqualTo(TurnOutcome.STREAM_BROKEN);
    assertThat(world.turns.last().status()).isEqualTo(200);
  }

  @Test
  void a_stream_that_fails_before_any_event_is_an_upstream_failure_and_sends_nothing() {
    world.upstream.failWith(new UpstreamFailure.ErrorStatus(500, "No model for Maria Lopez"));

    var outcome = world.send(agent, body, sink);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.UpstreamFailed.class,
            failed ->
                assertThat(failed.message())
                    .startsWith("The upstream answered 500")
                    .doesNotContain(PHI));
    assertThat(sink.frames).isEmpty();
    assertThat(sink.broken).isEmpty();
    assertThat(sink.done).isZero();
    assertThat(world.turns.last().outcome()).isEqualTo(TurnOutcome.FAILED);
    assertThat(world.turns.last().status()).isEqualTo(502);
  }

  @Test
  void a_stream_that_times_out_before_any_event_fails_with_504() {
    world.upstream.failWith(new UpstreamFailure.TimedOut(ProxyWorld.TIMEOUT));

    var outcome = world.send(agent, body, sink);

    assertThat(outcome).isInstanceOf(Outcome.UpstreamFailed.class);
    assertThat(sink.frames).isEmpty();
    assertThat(world.turns.last().status()).isEqualTo(504);
  }

  @Test
  void a_frame_that_is_not_json_midway_ends_the_stream_with_a_malformed_error_frame() {
    var events = new ArrayList<>(maskedEchoEvents(20));
    events.add("{not json");
    events.add(contentChunk("never sent"));
    world.upstream.streamEvents(events);

    var outcome = world.send(agent, body, sink);

    assertThat(outcome).isEqualTo(new Outcome.Streamed(false));
    assertThat(sink.frames).hasSize(events.size() - 2);
    assertThat(sink.broken)
        .singleElement()
        .satisfies(
            broken -> assertThat(broken.failure()).isInstanceOf(UpstreamFailure.Malformed.class));
    assertThat(sink.done).isZero();
    assertThat(world.turns.last().outcome()).isEqualTo(TurnOutcome.STREAM_BROKEN);
  }

  @Test
  void a_first_frame_that_is_not_json_is_a_malformed_upstream_answer_and_sends_nothing() {
    world.upstream.streamEvents(List.of("data: oops", contentChunk("x")));

    var outcome = world.send(agent, body, sink);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.UpstreamFailed.class,
            failed -> assertThat(failed.failure()).isInstanceOf(UpstreamFailure.Malformed.class));
    assertThat(sink.frames).isEmpty();
    assertThat(sink.broken).isEmpty();
    assertThat(world.turns.last().status()).isEqualTo(502);
  }

  @Test
  void a_caller_that_goes_away_stops_the_stream_without_an_exception_and_breaks_the_turn() {
    sink.goneAfter(2);

    assertThatCode(
            () -> assertThat(world.send(agent, body, sink)).isEqualTo(new Outcome.Streamed(false)))
        .doesNotThrowAnyException();

    assertThat(sink.frames).hasSize(2);
    assertThat(sink.done).isZero();
    assertThat(world.turns.last().outcome()).isEqualTo(TurnOutcome.STREAM_BROKEN);
    assertThat(world.turns.last().status()).isEqualTo(200);
  }

  @Test
  void a_caller_gone_when_done_comes_breaks_the_turn_without_an_exception() {
    sink.goneAtEnd();

    var outcome = world.send(agent, body, sink);

    assertThat(outcome).isEqualTo(new Outcome.Streamed(false));
    assertThat(content(sink.frames)).isEqualTo(SPOKEN);
    assertThat(world.turns.last().outcome()).isEqualTo(TurnOutcome.STREAM_BROKEN);
  }

  @Test
  void a_caller_gone_when_the_error_frame_comes_breaks_the_turn_without_an_exception() {
    sink.goneAtEnd();
    var events = new ArrayList<>(maskedEchoEvents(20));
    world.upstream.streamEventsThenFail(events, new UpstreamFailure.ConnectionLost("reset"));
    assertThatCode(() -> world.send(agent, body, sink)).doesNotThrowAnyException();
    assertThat(world.turns.last().outcome()).isEqualTo(TurnOutcome.STREAM_BROKEN);

    events.add("{not json");
    world.upstream.streamEvents(events);
    var outcome = world.send(agent, body, sink);

    assertThat(outcome).isEqualTo(new Outcome.Streamed(false));
    assertThat(world.turns.last().outcome()).isEqualTo(TurnOutcome.STREAM_BROKEN);
  }

  @Test
  void a_tool_call_that_only_names_its_function_streams_to_the_end() {
    world.upstream.streamEvents(
        List.of(
            chunk(JsonParser.parseObject("{\"role\":\"assistant\",\"content\":null}"), null),
            chunk(
                JsonParser.parseObject(
                    "{\"tool_calls\":[{\"index\":0,\"id\":\"c\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"end_call\"}}]}"),
                null),
            chunk(new JsonObject(), "tool_calls")));

    var outcome = world.send(agent, body, sink);

    assertThat(outcome).isEqualTo(new Outcome.Streamed(true));
    assertThat(sink.frames).hasSize(3);
    assertThat(sink.done).isEqualTo(1);
  }

  @Test
  void an_unexpected_failure_is_not_taken_for_a_caller_gone_it_is_recorded_and_thrown_on() {
    world.upstream.streamWith(
        (call, listener) -> {
          throw new IllegalStateException("adapter bug");
        });

    assertThatThrownBy(() -> world.send(agent, body, sink))
        .isInstanceOf(IllegalStateException.class);

    assertThat(sink.frames).isEmpty();
    assertThat(world.turns.last().outcome()).isEqualTo(TurnOutcome.FAILED);
    assertThat(world.turns.last().status()).isEqualTo(500);
  }

  @Test
  void an_unexpected_failure_after_some_frames_records_a_broken_stream_and_is_thrown_on() {
    world.upstream.streamWith(
        (call, listener) -> {
          listener.onEvent(contentChunk("Hello"));
          throw new IllegalStateException("adapter bug");
        });

    assertThatThrownBy(() -> world.send(agent, body, sink))
        .isInstanceOf(IllegalStateException.class);

    assertThat(sink.frames).hasSize(1);
    assertThat(world.turns.last().outcome()).isEqualTo(TurnOutcome.STREAM_BROKEN);
    assertThat(world.turns.last().status()).isEqualTo(200);
  }
}
