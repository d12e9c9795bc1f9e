package dev.masker.server.proxy;

import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.server.proxy.ProxyCalls.Agent;
import dev.masker.server.proxy.WireUpstream.Behaviour;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §6 streaming invariant, end to end: however the upstream splits its stream (between any two
 * characters, inside a token, between the halves of a surrogate pair, at any byte of the wire), the
 * caller's concatenated output equals the non-streamed answer to the same content, every frame is a
 * well-formed chunk, and no frame carries a token or a piece of one.
 *
 * <p>The test tells the fake where to split with a request field of its own, {@code x_split}, which
 * the agent's policy lets through ({@code extra_fields: {x_split: mask}}; a number, unchanged).
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyStreamSplitTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final String OTHER = "Please text " + Phi.NAME + " at " + Phi.PHONE_WRITTEN + ".";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked();
  }

  @Test
  void content_split_in_two_at_every_position_streams_the_non_streamed_answer() {
    var call = new Call();
    var masked = call.masked(Phi.ABOUT_MOTHER);
    assertThat(masked).contains("😀").containsPattern(Phi.TOKEN);
    call.answer(
        split ->
            frames(
                call.agent.model(),
                List.of(List.of(masked.substring(0, split), masked.substring(split)))),
        masked);
    var whole = call.plain();
    assertThat(whole).isEqualTo(Phi.ABOUT_MOTHER);

    for (int split = 0; split <= masked.length(); split++) {
      assertThat(call.streamed(split)).as("split at %d", split).isEqualTo(Map.of(0, whole));
    }
  }

  @Test
  void content_sent_one_utf16_unit_per_frame_streams_the_non_streamed_answer() {
    var call = new Call();
    var masked = call.masked(Phi.INTRO + " " + Phi.ABOUT_MOTHER);
    var units = new ArrayList<String>();
    for (int i = 0; i < masked.length(); i++) {
      units.add(masked.substring(i, i + 1));
    }
    call.answer(split -> frames(call.agent.model(), List.of(units)), masked);

    assertThat(call.streamed(0)).isEqualTo(Map.of(0, call.plain()));
    assertThat(call.plain()).isEqualTo(Phi.INTRO + " " + Phi.ABOUT_MOTHER);
  }

  @Test
  void the_wire_cut_at_every_byte_streams_the_non_streamed_answer() {
    var call = new Call();
    var masked = call.masked(Phi.ABOUT_MOTHER);
    var wire =
        "data: "
            + Behaviours.chunk(call.agent.model(), 0, Behaviours.delta("assistant", masked), "stop")
            + "\n\ndata: [DONE]\n\n";
    var bytes = wire.getBytes(StandardCharsets.UTF_8);
    fake()
        .on(
            call.agent.model(),
            exchange -> {
              int split = exchange.body().path("x_split").asInt(-1);
              if (split < 0) {
                exchange.json(200, Behaviours.completion(call.agent.model(), masked));
              } else {
                exchange.events(
                    List.of(
                        Arrays.copyOfRange(bytes, 0, split),
                        Arrays.copyOfRange(bytes, split, bytes.length)));
              }
            });
    var whole = call.plain();

    for (int split = 0; split <= bytes.length; split++) {
      assertThat(call.streamed(split)).as("wire cut at byte %d", split).isEqualTo(Map.of(0, whole));
    }
  }

  @Test
  void two_choices_split_at_different_positions_each_stream_their_own_answer() {
    var call = new Call();
    var first = call.masked(Phi.ABOUT_MOTHER);
    var second = call.masked(OTHER);
    call.answer(
        split -> {
          int other = (split * 7) % (second.length() + 1);
          return frames(
              call.agent.model(),
              List.of(
                  List.of(first.substring(0, split), first.substring(split)),
                  List.of(second.substring(0, other), second.substring(other))));
        },
        first,
        second);
    var plain = call.plainChoices();
    assertThat(plain).isEqualTo(Map.of(0, Phi.ABOUT_MOTHER, 1, OTHER));

    for (int split = 0; split <= first.length(); split++) {
      assertThat(call.streamed(split)).as("split at %d", split).isEqualTo(plain);
    }
  }

  @Test
  void tool_call_arguments_split_at_every_position_stream_the_non_streamed_arguments() {
    var call = new Call();
    var masked = call.masked(Phi.ABOUT_MOTHER);
    var arguments =
        "{\"patient\":\""
            + Phi.token(masked, "NAME")
            + "\",\"born\":\""
            + Phi.token(masked, "DOB")
            + "\",\"note\":\"née Müller 😀\"}";
    var expected =
        "{\"patient\":\""
            + Phi.NAME_ACCENTED
            + "\",\"born\":\""
            + Phi.DOB_WRITTEN
            + "\",\"note\":\"née Müller 😀\"}";
    fake()
        .on(
            call.agent.model(),
            exchange -> {
              int split = exchange.body().path("x_split").asInt(-1);
              if (split < 0) {
                Behaviours.toolCalls(
                        r -> List.of(new Behaviours.ToolCall("call_1", "book", arguments)))
                    .answer(exchange);
                return;
              }
              var model = call.agent.model();
              var chunks =
                  List.of(
                      Behaviours.chunk(
                          model,
                          0,
                          Behaviours.toolDelta(0, "call_1", "book", arguments.substring(0, split)),
                          null),
                      Behaviours.chunk(
                          model,
                          0,
                          Behaviours.toolDelta(0, null, null, arguments.substring(split)),
                          null),
                      Behaviours.chunk(model, 0, Behaviours.delta(null, null), "tool_calls"));
              exchange.events(
                  Behaviours.sse(chunks.stream().map(Behaviours::ascii).toList(), true));
            });
    var plain =
        call.send(null)
            .path("choices")
            .get(0)
            .path("message")
            .path("tool_calls")
            .get(0)
            .path("function")
            .path("arguments")
            .asText();
    assertThat(ProxyCalls.parse(plain)).isEqualTo(ProxyCalls.parse(expected));

    for (int split = 0; split <= arguments.length(); split++) {
      var frames = call.streamFrames(split);
      var streamed = new StringBuilder();
      for (var frame : frames.subList(0, frames.size() - 1)) {
        for (var choice : ProxyCalls.parse(frame).path("choices")) {
          for (var tool : choice.path("delta").path("tool_calls")) {
            streamed.append(tool.path("function").path("arguments").asText(""));
          }
        }
      }
      assertThat(streamed.toString()).as("split at %d", split).isEqualTo(plain);
    }
  }

  /**
   * The frames of a streamed answer: a role frame, then each choice's pieces as content deltas
   * interleaved (piece 1 of each choice, then piece 2, …), then a finish frame per choice. Content
   * is written with every non-ASCII character escaped, so a piece may end inside a surrogate pair.
   */
  private static List<String> frames(String model, List<List<String>> choices) {
    var frames = new ArrayList<String>();
    frames.add(Behaviours.chunk(model, 0, Behaviours.delta("assistant", ""), null));
    int longest = choices.stream().mapToInt(List::size).max().orElse(0);
    for (int piece = 0; piece < longest; piece++) {
      for (int choice = 0; choice < choices.size(); choice++) {
        if (piece < choices.get(choice).size()) {
          frames.add(contentChunk(model, choice, choices.get(choice).get(piece)));
        }
      }
    }
    for (int choice = 0; choice < choices.size(); choice++) {
      frames.add(Behaviours.chunk(model, choice, Behaviours.delta(null, null), "stop"));
    }
    return frames;
  }

  private static String contentChunk(String model, int index, String content) {
    return Behaviours.ascii(Behaviours.chunk(model, index, Behaviours.delta(null, content), null));
  }

  /** One call (session) of a fresh agent, and the requests of the test in it. */
  private static final class Call {
    final Agent agent = ProxyCalls.fakeAgentTaking("x_split");
    final String session = "split-" + IDS.newUlid();

    /** What the upstream receives for {@code text} in this call. */
    String masked(String text) {
      return ProxyCalls.maskedInCall(agent, session, text);
    }

    /** Streamed: the frames for the split; not streamed: one choice per masked content. */
    void answer(IntFunction<List<String>> streamed, String... contents) {
      Behaviour behaviour =
          exchange -> {
            int split = exchange.body().path("x_split").asInt(-1);
            if (split >= 0) {
              exchange.events(Behaviours.sse(streamed.apply(split), true));
              return;
            }
            var answer =
                (ObjectNode) ProxyCalls.parse(Behaviours.completion(agent.model(), contents[0]));
            for (int i = 1; i < contents.length; i++) {
              var choice = answer.path("choices").get(0).deepCopy();
              ((ObjectNode) choice).put("index", i);
              ((ObjectNode) choice.path("message")).put("content", contents[i]);
              ((ArrayNode) answer.path("choices")).add(choice);
            }
            exchange.json(200, answer.toString());
          };
      fake().on(agent.model(), behaviour);
    }

    /** The non-streamed answer's content. */
    String plain() {
      return plainChoices().get(0);
    }

    Map<Integer, String> plainChoices() {
      var out = new HashMap<Integer, String>();
      for (var choice : send(null).path("choices")) {
        out.put(choice.path("index").asInt(), choice.path("message").path("content").asText());
      }
      return out;
    }

    JsonNode send(Integer split) {
      var body = ProxyCalls.request(agent.model(), "Go on.");
      if (split != null) {
        body.put("stream", true).put("x_split", split);
      }
      var response = ProxyCalls.post(agent.id(), body, "Masker-Session-Id", session);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return split == null ? ProxyCalls.parse(response.body()) : null;
    }

    List<String> streamFrames(int split) {
      var body =
          ProxyCalls.request(agent.model(), "Go on.").put("stream", true).put("x_split", split);
      var response = ProxyCalls.post(agent.id(), body, "Masker-Session-Id", session);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
      var frames = ProxyCalls.frames(response.body());
      for (var frame : frames) {
        assertThat(frame).as("a frame holds no token or piece of one").doesNotContain("MSKV1.");
      }
      return frames;
    }

    /** The streamed contents by choice, each frame checked. */
    Map<Integer, String> streamed(int split) {
      return ProxyCalls.contents(streamFrames(split));
    }
  }
}
