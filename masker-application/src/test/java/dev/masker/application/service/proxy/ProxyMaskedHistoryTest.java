package dev.masker.application.service.proxy;

import static dev.masker.application.service.proxy.ProxyWorld.PHI;
import static dev.masker.application.service.proxy.ProxyWorld.SPOKEN;
import static dev.masker.application.service.proxy.ProxyWorld.answerContent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.fake.ScriptedUpstream;
import dev.masker.application.port.in.ProxyChatUseCase.Outcome;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamReply;
import dev.masker.application.service.proxy.ProxyWorld.Body;
import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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
  void resent_history_is_taken_from_the_cache_one_entry_per_distinct_text_and_reading() {
    var world = new ProxyWorld();

    secondTurn(world);

    // The caller's two messages, and "Thanks" read after the answer before it, to learn from.
    assertThat(world.history.size()).isEqualTo(3);
    assertThat(world.turns.last().redactions()).isEmpty();
    assertThat(world.turns.turns().get(0).redactions()).hasSize(3);
  }

  @Test
  void requests_without_a_call_id_leave_the_history_of_calls_alone_and_each_masks_every_value() {
    var world = new ProxyWorld();
    var agent = world.agent("openai:gpt-4o-mini");
    var conversation = Body.of("gpt-4o-mini").user(SPOKEN).assistant("Thanks Maria").user("ok");

    for (int i = 0; i < 3; i++) {
      world.send(agent, conversation.json());
      assertThat(String.join("", ProxyWorld.messages(world.upstream.lastBody())))
          .doesNotContain(PHI)
          .doesNotContain("Maria");
    }

    // Sessions of one request have no next turn: nothing of theirs is kept for one.
    assertThat(world.history.size()).isZero();
    assertThat(world.turns.turns())
        .allSatisfy(turn -> assertThat(turn.redactions()).hasSizeGreaterThanOrEqualTo(4));
  }

  @Test
  void without_the_cache_history_is_masked_again_to_the_same_bytes_and_not_counted_again() {
    var cached = new ProxyWorld();
    var uncached = new ProxyWorld(0);

    secondTurn(cached);
    secondTurn(uncached);

    assertThat(uncached.history.size()).isZero();
    var sent = ProxyWorld.messages(uncached.upstream.lastBody());
    assertThat(sent.get(0)).isEqualTo(sent.get(1).replace("\"assistant\"", "\"user\""));
    assertThat(String.join("", sent)).doesNotContain(PHI);
    assertThat(uncached.turns.turns().get(0).redactions()).hasSize(3);
    assertThat(uncached.turns.last().redactions())
        .as("the values of the resent messages were counted in the first turn, as with the cache")
        .isEmpty();
    assertThat(cached.turns.last().redactions()).isEmpty();
  }

  @Test
  void an_evicted_text_is_detected_again_gets_the_same_tokens_and_is_not_counted_again() {
    var world = new ProxyWorld(1);
    var agent = world.agent("openai:gpt-4o-mini");
    var first = Body.of("gpt-4o-mini").call("call-A").system("Patient: Maria Lopez").user(SPOKEN);
    var answer = answerContent(world.send(agent, first.json()));
    var firstSent = ProxyWorld.messages(world.upstream.lastBody());

    world.send(agent, first.assistant(answer).user("Thanks").json());

    var secondSent = ProxyWorld.messages(world.upstream.lastBody());
    assertThat(secondSent.subList(0, 2)).isEqualTo(firstSent);
    assertThat(world.turns.turns().get(0).redactions())
        .extracting(FieldMaskEvent::messageIndex)
        .contains(0);
    assertThat(world.turns.last().redactions())
        .extracting(FieldMaskEvent::messageIndex)
        .doesNotContain(0, 3);
    assertThat(world.history.size()).isEqualTo(1);
  }

  /** What the upstream says back: "Noted: " and the member id token it was sent, if any. */
  private static String noted(UpstreamCall call) {
    var tokens =
        ProxyWorld.tokens(ScriptedUpstream.lastUserText(call.jsonBody()), "HEALTH_PLAN_ID");
    return tokens.isEmpty() ? "Noted." : "Noted: " + tokens.get(0) + ".";
  }

  private static final String MEMBER_ID = "XJH123456789";

  @Test
  void a_resent_answer_is_masked_to_the_upstreams_own_words_though_its_values_lost_their_cue() {
    var world = new ProxyWorld();
    var agent = world.agent("openai:gpt-4o-mini");
    world.upstream.answer(call -> ScriptedUpstream.completionSaying(noted(call)));
    var first = Body.of("gpt-4o-mini").call("call-A").user("my member id is " + MEMBER_ID);
    var answer = answerContent(world.send(agent, first.json()));
    var upstreamWrote = noted(world.upstream.calls().get(0));
    assertThat(answer).isEqualTo("Noted: " + MEMBER_ID + ".");

    world.send(agent, first.assistant(answer).user("Thanks").json());

    assertThat(world.upstream.lastBody()).doesNotContain(MEMBER_ID);
    assertThat(ProxyWorld.messages(world.upstream.lastBody()).get(1))
        .isEqualTo("{\"role\":\"assistant\",\"content\":\"" + upstreamWrote + "\"}");
  }

  @Test
  void a_resent_streamed_answer_is_masked_to_the_upstreams_own_words_too() {
    var world = new ProxyWorld();
    var agent = world.agent("openai:gpt-4o-mini");
    world.upstream.streamWith(
        (call, listener) -> {
          var said = noted(call);
          int cut = Math.min(said.length(), 12); // inside the token
          listener.onEvent(ScriptedUpstream.contentChunk(said.substring(0, cut)));
          listener.onEvent(ScriptedUpstream.contentChunk(said.substring(cut)));
          listener.onEvent(ScriptedUpstream.chunk(new JsonObject(), "stop"));
          listener.onComplete();
        });
    var first = Body.of("gpt-4o-mini").call("call-A").user("my member id is " + MEMBER_ID);
    var sink = new RecordingFrameSink();
    world.send(agent, first.stream().json(), sink);
    var upstreamWrote = noted(world.upstream.calls().get(0));
    var answer = String.join("", contentsOf(sink.frames));
    assertThat(answer).isEqualTo("Noted: " + MEMBER_ID + ".");

    world.send(
        agent, first.assistant(answer).user("Thanks").stream().json(), new RecordingFrameSink());

    assertThat(world.upstream.lastBody()).doesNotContain(MEMBER_ID);
    assertThat(ProxyWorld.messages(world.upstream.lastBody()).get(1)).contains(upstreamWrote);
  }

  private static List<String> contentsOf(List<String> frames) {
    return frames.stream()
        .map(frame -> JsonParser.parseObject(frame).array("choices"))
        .filter(choices -> choices != null && choices.size() > 0)
        .map(choices -> ((JsonObject) choices.get(0)).object("delta"))
        .map(
            delta ->
                delta == null || !(delta.get("content") instanceof JsonString text)
                    ? ""
                    : text.value())
        .toList();
  }

  @Test
  void a_resent_tool_call_carries_the_upstreams_own_arguments() {
    var world = new ProxyWorld();
    var agent = world.agent("openai:gpt-4o-mini");
    var said = "my member id is " + MEMBER_ID + " and my date of birth is March 3rd 1961";
    var upstreamWrote = new AtomicReference<String>();
    world.upstream.answer(
        call -> {
          var text = ScriptedUpstream.lastUserText(call.jsonBody());
          upstreamWrote.set(
              "{\"patient\":{\"id\":\""
                  + ProxyWorld.tokens(text, "HEALTH_PLAN_ID").get(0)
                  + "\",\"born\":[\""
                  + ProxyWorld.tokens(text, "DOB").get(0)
                  + "\"]}}");
          return new UpstreamReply.Completion(200, toolCallAnswer(upstreamWrote.get()));
        });
    var first = Body.of("gpt-4o-mini").call("call-A").user(said);
    var answered = ((Outcome.Answered) world.send(agent, first.json())).json();
    var toolCall =
        ((JsonObject) JsonParser.parseObject(answered).array("choices").get(0)).object("message");
    assertThat(argumentsOf(toolCall)).contains(MEMBER_ID, "March 3rd 1961");

    var messages =
        new JsonArray()
            .add(
                new JsonObject()
                    .put("role", new JsonString("user"))
                    .put("content", new JsonString(said)))
            .add(toolCall)
            .add(
                JsonParser.parse(
                    "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"booked\"}"));
    world.upstream.answer(call -> ScriptedUpstream.completionSaying("Done."));
    world.send(
        agent,
        Body.of("gpt-4o-mini").call("call-A").field("messages", JsonWriter.write(messages)).json());

    var resent =
        (JsonObject) JsonParser.parseObject(world.upstream.lastBody()).array("messages").get(1);
    assertThat(argumentsOf(resent)).isEqualTo(upstreamWrote.get());
  }

  private static String toolCallAnswer(String arguments) {
    return "{\"id\":\"x\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":"
        + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\",\"type\":"
        + "\"function\",\"function\":{\"name\":\"book\",\"arguments\":"
        + JsonWriter.write(new JsonString(arguments))
        + "}}]},\"finish_reason\":\"tool_calls\"}]}";
  }

  /** The arguments of a message's first tool call. */
  private static String argumentsOf(JsonObject message) {
    var call = (JsonObject) message.array("tool_calls").get(0);
    return call.object("function").string("arguments");
  }
}
