package dev.masker.application.service.proxy;

import static dev.masker.application.service.proxy.ProxyWorld.PHI;
import static dev.masker.application.service.proxy.ProxyWorld.SPOKEN;
import static dev.masker.application.service.proxy.ProxyWorld.answerContent;
import static dev.masker.application.service.proxy.ProxyWorld.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.masker.application.fake.ScriptedUpstream;
import dev.masker.application.port.in.ProxyChatUseCase.Command;
import dev.masker.application.port.in.ProxyChatUseCase.Outcome;
import dev.masker.application.port.out.UpstreamReply;
import dev.masker.application.service.proxy.ProxyWorld.Body;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import dev.masker.domain.session.TurnOutcome;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A non-streamed turn: who may use the proxy, what reaches the upstream, and what is recorded. */
class ProxyChatServiceTest {
  private final ProxyWorld world = new ProxyWorld();
  private final String simple = Body.of("gpt-4o-mini").user("Is the clinic open?").json();

  private Outcome proxy(String agentId, Optional<String> proxyKey, String body) {
    return world.proxy.proxy(
        new Command(agentId, proxyKey, Optional.empty(), body), new RecordingFrameSink());
  }

  @Test
  void a_malformed_or_unknown_agent_id_is_not_found_and_nothing_is_sent_or_recorded() {
    world.agent("openai:gpt-4o-mini");

    assertThat(proxy("nope", Optional.empty(), simple)).isEqualTo(new Outcome.AgentNotFound());
    assertThat(proxy("agt_../../etc", Optional.empty(), simple))
        .isEqualTo(new Outcome.AgentNotFound());
    assertThat(proxy(AgentId.next(world.ids).value(), Optional.empty(), simple))
        .isEqualTo(new Outcome.AgentNotFound());
    assertThat(world.upstream.calls()).isEmpty();
    assertThat(world.turns.turns()).isEmpty();
  }

  @Test
  void an_agent_that_requires_its_proxy_key_refuses_a_missing_blank_or_wrong_one() {
    var creation = world.create("openai:gpt-4o-mini", true);
    var id = creation.agent().id().value();
    var key = creation.proxyKey().orElseThrow().value();

    assertThat(proxy(id, Optional.empty(), simple)).isEqualTo(new Outcome.BadProxyKey());
    assertThat(proxy(id, Optional.of(" "), simple)).isEqualTo(new Outcome.BadProxyKey());
    assertThat(proxy(id, Optional.of(key + "x"), simple)).isEqualTo(new Outcome.BadProxyKey());
    assertThat(world.upstream.calls()).isEmpty();

    assertThat(proxy(id, Optional.of(key), simple)).isInstanceOf(Outcome.Answered.class);
    assertThat(world.upstream.calls()).hasSize(1);
  }

  @Test
  void an_agent_without_a_proxy_key_ignores_whatever_bearer_comes() {
    var agent = world.agent("openai:gpt-4o-mini");

    assertThat(proxy(agent.id().value(), Optional.of("sk-anything"), simple))
        .isInstanceOf(Outcome.Answered.class);
    assertThat(world.upstream.lastBody()).doesNotContain("sk-anything");
  }

  @Test
  void the_model_must_be_the_agents_upstream_model_and_a_stub_agent_takes_any() {
    var agent = world.agent("openai:gpt-4o-mini");
    var stub = world.agent("stub");
    var other = Body.of("gpt-4o").user("hello").json();

    assertThat(world.send(agent, other)).isEqualTo(new Outcome.ModelNotAllowed("gpt-4o"));
    assertThat(world.upstream.calls()).isEmpty();
    assertThat(world.send(stub, other)).isInstanceOf(Outcome.Answered.class);
    assertThat(world.upstream.calls())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.provider()).isEqualTo("stub");
              assertThat(call.model()).isNull();
            });
  }

  @Test
  void a_body_that_is_not_a_chat_request_is_invalid_and_names_the_field() {
    var agent = world.agent("openai:gpt-4o-mini");

    assertThat(world.send(agent, "{\"model\":\"gpt-4o-mini\"}"))
        .isEqualTo(new Outcome.InvalidRequest("messages", "is required and must be an array"));
    assertThat(world.send(agent, "not json"))
        .isInstanceOfSatisfying(
            Outcome.InvalidRequest.class, invalid -> assertThat(invalid.param()).isEqualTo("body"));
    assertThat(world.send(agent, Body.of("gpt-4o-mini").call("c\u0000").user("x").json()))
        .isInstanceOfSatisfying(
            Outcome.InvalidRequest.class,
            invalid -> assertThat(invalid.param()).isEqualTo("session"));
    assertThat(world.upstream.calls()).isEmpty();
  }

  @Test
  void phi_never_reaches_the_upstream_and_the_answer_has_it_back() {
    var agent = world.agent("openai:gpt-4o-mini");
    var body =
        Body.of("gpt-4o-mini")
            .call("call-A")
            .field("metadata", "{\"masker_session_id\":\"m\",\"patient\":\"Maria Lopez\"}")
            .field("customer", "{\"number\":\"+14155552671\"}")
            .system("You book appointments.")
            .user(SPOKEN)
            .field("temperature", "0.3")
            .json();

    var outcome = world.send(agent, body);

    var sent = world.upstream.lastBody();
    assertThat(sent).doesNotContain(PHI).doesNotContain("+1415", "call-A", "metadata", "customer");
    assertThat(sent).contains("MSKV1.NAME.K_HEALTHCARE.", "MSKV1.PHONE.", "\"temperature\":0.3");
    assertThat(answerContent(outcome)).isEqualTo(SPOKEN);
    var call = world.upstream.calls().get(0);
    assertThat(call.provider()).isEqualTo("openai");
    assertThat(call.model()).isEqualTo("gpt-4o-mini");
    assertThat(call.timeout()).isEqualTo(ProxyWorld.TIMEOUT);
  }

  @Test
  void the_masked_history_is_byte_identical_from_one_turn_to_the_next() {
    var agent = world.agent("openai:gpt-4o-mini");
    var first = Body.of("gpt-4o-mini").call("call-A").system("Be brief.").user(SPOKEN);
    var answer = answerContent(world.send(agent, first.json()));
    var firstSent = ProxyWorld.messages(world.upstream.lastBody());

    var second =
        first.assistant(answer).user("Also my email is maria.lopez@example.com, Maria Lopez");
    world.send(agent, second.json());

    var secondSent = ProxyWorld.messages(world.upstream.lastBody());
    assertThat(secondSent).hasSize(4).startsWith(firstSent.toArray(String[]::new));
    assertThat(secondSent.get(2)).isEqualTo(firstSent.get(1).replace("\"user\"", "\"assistant\""));
    assertThat(String.join("", secondSent)).doesNotContain(PHI).doesNotContain("example.com");
    assertThat(tokens(secondSent.get(3), "NAME"))
        .singleElement()
        .isEqualTo(tokens(secondSent.get(1), "NAME").get(0));
  }

  @Test
  void resent_history_is_served_from_the_cache_and_records_no_redactions_again() {
    var agent = world.agent("openai:gpt-4o-mini");
    var first = Body.of("gpt-4o-mini").call("call-A").user(SPOKEN);
    var answer = answerContent(world.send(agent, first.json()));
    var firstRedactions = world.turns.last().redactions();

    world.send(agent, first.assistant(answer).user("Text 415 555 2672 please").json());

    assertThat(firstRedactions)
        .extracting(r -> r.event().kind())
        .containsExactly(EntityKind.NAME, EntityKind.DOB, EntityKind.PHONE);
    assertThat(world.turns.last().redactions())
        .extracting(FieldMaskEvent::messageIndex, r -> r.event().kind())
        .containsExactly(tuple(2, EntityKind.PHONE));
  }

  @Test
  void another_call_gets_other_tokens_for_the_same_values_and_no_phi_either() {
    var agent = world.agent("openai:gpt-4o-mini");
    world.send(agent, Body.of("gpt-4o-mini").call("call-A").user(SPOKEN).json());
    var sentA = world.upstream.lastBody();

    var outcome = world.send(agent, Body.of("gpt-4o-mini").call("call-B").user(SPOKEN).json());

    var sentB = world.upstream.lastBody();
    assertThat(sentB).doesNotContain(PHI);
    assertThat(tokens(sentA, "PHONE")).singleElement().isNotEqualTo(tokens(sentB, "PHONE").get(0));
    assertThat(tokens(sentA, "NAME")).singleElement().isNotEqualTo(tokens(sentB, "NAME").get(0));
    assertThat(answerContent(outcome)).isEqualTo(SPOKEN);
  }

  @Test
  void the_turn_record_says_what_happened_without_any_value() {
    var agent = world.agent("openai:gpt-4o-mini");
    world.upstream.answer(
        call -> {
          world.clock.advance(Duration.ofMillis(250));
          return ScriptedUpstream.completionSaying(ScriptedUpstream.lastUserText(call.jsonBody()));
        });

    world.send(agent, Body.of("gpt-4o-mini").call("call-A").user(SPOKEN).json());

    var turn = world.turns.last();
    assertThat(turn.session().value()).startsWith("sess_");
    assertThat(turn.externalId()).contains(world.externalId("call-A"));
    assertThat(turn.agentId()).isEqualTo(agent.id());
    assertThat(turn.accountId()).isEqualTo(world.account);
    assertThat(turn.agentName()).isEqualTo(agent.name().value());
    assertThat(turn.startedAt()).isEqualTo(ProxyWorld.T0);
    assertThat(turn.endedAt()).isEqualTo(ProxyWorld.T0.plusMillis(250));
    assertThat(turn.outcome()).isEqualTo(TurnOutcome.OK);
    assertThat(turn.status()).isEqualTo(200);
    assertThat(turn.upstreamModel()).contains("gpt-4o-mini");
    assertThat(turn.policyName()).isEqualTo("healthcare-default");
    assertThat(turn.policyVersion()).isEqualTo(1);
    assertThat(turn.redactions())
        .extracting(FieldMaskEvent::messageIndex, FieldMaskEvent::field)
        .containsOnly(tuple(0, "content"));
    assertThat(turn.durations().detection()).isNotNegative();
    assertThat(turn.durations().tokenize()).isNotNegative();
    assertThat(turn.durations().upstream()).isNotNegative();
    assertThat(turn.durations().rehydrate()).isNotNegative();
    assertThat(turn.rehydrationFailures()).isEmpty();
    // Stage durations are measured nanoseconds: digits that may spell "2671" by chance.
    assertThat(turn.toString().replace(turn.durations().toString(), "")).doesNotContain(PHI);
  }

  @Test
  void the_session_header_names_the_session_and_without_any_key_each_request_is_its_own() {
    var agent = world.agent("stub");
    var body = Body.of("any").call("call-A").user("hi").json();
    world.proxy.proxy(
        new Command(agent.id().value(), Optional.empty(), Optional.of("hdr-1"), body),
        new RecordingFrameSink());
    assertThat(world.turns.last().externalId()).contains(world.externalId("hdr-1"));

    world.send(agent, Body.of("any").user(SPOKEN).json());
    var first = world.upstream.lastBody();
    world.send(agent, Body.of("any").user(SPOKEN).json());

    assertThat(world.turns.last().externalId()).isEmpty();
    assertThat(world.turns.last().upstreamModel()).isEmpty();
    assertThat(world.upstream.lastBody()).isNotEqualTo(first).doesNotContain(PHI);
  }

  @Test
  void a_token_the_session_does_not_know_is_redacted_in_the_answer_and_recorded() {
    var agent = world.agent("openai:gpt-4o-mini");
    world.upstream.answer(
        call ->
            ScriptedUpstream.completionSaying(
                "Call MSKV1.PHONE.K_HEALTHCARE.GEZDGNBVGY3TQOJQGEZDGNBVGY"));

    var outcome = world.send(agent, Body.of("gpt-4o-mini").call("call-A").user("hi").json());

    assertThat(answerContent(outcome)).isEqualTo("Call [REDACTED:PHONE]");
    assertThat(world.turns.last().rehydrationFailures())
        .extracting(RehydrationFailure::kind)
        .containsExactly(EntityKind.PHONE);
    assertThat(world.turns.last().outcome()).isEqualTo(TurnOutcome.OK);
  }

  @Test
  void tool_call_arguments_are_masked_going_up_and_come_back_as_the_same_json() {
    var agent = world.agent("openai:gpt-4o-mini");
    var arguments = "{\"patient\":\"Maria\\tLopez\",\"phone\":\"415 555 2671\",\"slots\":2}";
    var message =
        "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\","
            + "\"type\":\"function\",\"function\":{\"name\":\"book\",\"arguments\":"
            + JsonWriter.write(new JsonString(arguments))
            + "}}]}";
    var body = Body.of("gpt-4o-mini").call("call-A").field("messages", "[" + message + "]").json();
    // The model calls the tool again with the arguments it was shown.
    world.upstream.answer(
        call -> {
          var sent = JsonParser.parseObject(call.jsonBody()).array("messages").get(0);
          return new UpstreamReply.Completion(
              200, "{\"choices\":[{\"index\":0,\"message\":" + JsonWriter.write(sent) + "}]}");
        });

    var outcome = world.send(agent, body);

    assertThat(world.upstream.lastBody())
        .doesNotContain("Maria", "Lopez", "2671")
        .contains("MSKV1.");
    var json = ((Outcome.Answered) outcome).json();
    var choice = (JsonObject) JsonParser.parseObject(json).array("choices").get(0);
    var call = (JsonObject) choice.object("message").array("tool_calls").get(0);
    assertThat(call.object("function").string("arguments")).isEqualTo(arguments);
  }
}
