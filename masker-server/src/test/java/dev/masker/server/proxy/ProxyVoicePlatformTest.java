package dev.masker.server.proxy;

import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.server.proxy.ProxyCalls.Agent;
import dev.masker.server.proxy.WireUpstream.Received;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Calls shaped like Vapi's and Bolna's custom-LLM requests, several turns each, every turn
 * resending the whole conversation with the previous (rehydrated) answer: the platform's metadata
 * never reaches the upstream, the session comes from the platform's call id, and the masked history
 * the upstream receives is byte-identical from turn to turn.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyVoicePlatformTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();

  /** Platform values that are PII or secrets of their own. */
  private static final String CUSTOMER_NUMBER = "+16505550123";

  private static final String CLINIC_NUMBER = "+18005550199";
  private static final String SERVER_URL_SECRET = "vapi-url-secret-Hk29xQ";
  private static final String ORG_SECRET = "org-key-Wq81Lz";

  private static final List<String> CALLER_TURNS =
      List.of(
          "Hi, this is " + Phi.NAME + ", I need to move my appointment.",
          "My date of birth is " + Phi.DOB_SPOKEN + " and my member id is " + Phi.MEMBER_ID + ".",
          "You can call me back at " + Phi.PHONE_SPOKEN + ".",
          "Thanks, that's all.");

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(
        CUSTOMER_NUMBER, "6505550123", CLINIC_NUMBER, SERVER_URL_SECRET, ORG_SECRET);
  }

  @Test
  void a_vapi_call_of_four_turns_keeps_its_masked_history_identical_and_its_metadata_home() {
    var agent = ProxyCalls.fakeAgent();
    var callId = "vapi-call-" + IDS.newUlid();
    fake().on(agent.model(), Behaviours.stream(ProxyVoicePlatformTest::confirmEachValue));

    var answers =
        converse(
            agent,
            turn -> {
              var body = WireUpstream.JSON.createObjectNode();
              body.put("model", agent.model());
              body.put("stream", true);
              body.put("temperature", 0.7);
              body.put("max_tokens", 250);
              var call = body.putObject("call");
              call.put("id", callId);
              call.put("orgId", "org-123");
              call.put("type", "inboundPhoneCall");
              call.putObject("customer").put("number", CUSTOMER_NUMBER);
              body.putObject("customer").put("number", CUSTOMER_NUMBER).put("name", Phi.NAME);
              body.putObject("phoneNumber").put("number", CLINIC_NUMBER).put("id", "pn-1");
              body.putObject("metadata").put("clinic", "north").put("caller", Phi.NAME);
              body.putObject("assistant").put("name", "Front desk").put("id", "asst-1");
              body.putObject("org").put("apiKey", ORG_SECRET);
              body.put("serverUrlSecret", SERVER_URL_SECRET);
              return body;
            });

    assertThat(answers.get(0)).isEqualTo("Noted: " + Phi.NAME + ".");
    assertThat(answers.get(1))
        .isEqualTo("Noted: " + Phi.DOB_SPOKEN + " and " + Phi.MEMBER_ID + ".");
    assertThat(answers.get(2)).isEqualTo("Noted: " + Phi.PHONE_SPOKEN + ".");
    var received = fake().received(agent.model());
    assertThat(received).hasSize(CALLER_TURNS.size());
    Phi.assertNoneIn(received);
    for (var request : received) {
      for (var field :
          List.of(
              "call",
              "metadata",
              "phoneNumber",
              "customer",
              "org",
              "assistant",
              "serverUrlSecret")) {
        assertThat(request.json().has(field)).as("%s forwarded", field).isFalse();
      }
      for (var value :
          List.of(
              CUSTOMER_NUMBER,
              "6505550123",
              CLINIC_NUMBER,
              SERVER_URL_SECRET,
              ORG_SECRET,
              callId)) {
        assertThat(request.contains(value)).as("%s forwarded", value).isFalse();
      }
      assertThat(request.json().path("temperature").asDouble()).isEqualTo(0.7);
      assertThat(request.json().path("max_tokens").asInt()).isEqualTo(250);
      assertThat(request.json().path("stream").asBoolean()).isTrue();
    }
    assertHistoryIdenticalTurnToTurn(received);
  }

  @Test
  void a_bolna_run_of_three_turns_is_one_session_and_its_usage_chunks_pass() {
    var agent = ProxyCalls.fakeAgent();
    var run = "run" + IDS.newUlid();
    fake().on(agent.model(), Behaviours.stream(ProxyVoicePlatformTest::confirmEachValue));

    var answers =
        converse(
            agent,
            turn -> {
              var body = WireUpstream.JSON.createObjectNode();
              body.put("model", agent.model());
              body.put("stream", true);
              body.putObject("stream_options").put("include_usage", true);
              body.put("user", run + "#" + (turn + 4));
              body.put("temperature", 0.2);
              return body;
            });

    assertThat(answers.get(1))
        .isEqualTo("Noted: " + Phi.DOB_SPOKEN + " and " + Phi.MEMBER_ID + ".");
    var received = fake().received(agent.model());
    Phi.assertNoneIn(received);
    for (int turn = 0; turn < received.size(); turn++) {
      var body = received.get(turn).json();
      assertThat(body.path("user").asText()).isEqualTo(run + "#" + (turn + 4));
      assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
    }
    assertHistoryIdenticalTurnToTurn(received);
  }

  /**
   * Plays the caller's turns, each with the whole history so far and the platform's fields of
   * {@code envelope}; returns the streamed answers, concatenated.
   */
  private static List<String> converse(Agent agent, IntFunction<ObjectNode> envelope) {
    var history = new ArrayList<ObjectNode>();
    var system =
        WireUpstream.JSON
            .createObjectNode()
            .put("role", "system")
            .put("content", "You are the front desk of a clinic.");
    history.add(system);
    var answers = new ArrayList<String>();
    for (int turn = 0; turn < CALLER_TURNS.size(); turn++) {
      history.add(
          WireUpstream.JSON
              .createObjectNode()
              .put("role", "user")
              .put("content", CALLER_TURNS.get(turn)));
      var body = envelope.apply(turn);
      var messages = body.putArray("messages");
      history.forEach(messages::add);
      var response = ProxyCalls.post(agent.id(), body);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      var frames = ProxyCalls.frames(response.body());
      var answer = ProxyCalls.contents(frames).get(0);
      if (body.path("stream_options").path("include_usage").asBoolean()) {
        assertThat(frames.get(frames.size() - 2))
            .contains("\"choices\":[]")
            .contains("\"usage\":{");
      }
      answers.add(answer);
      history.add(
          WireUpstream.JSON.createObjectNode().put("role", "assistant").put("content", answer));
    }
    return answers;
  }

  /**
   * Answers "Noted: " and the tokens of the last user message, streamed in pieces of five
   * characters, or "Noted." when it has none.
   */
  private static List<byte[]> confirmEachValue(Received request) {
    var last = Behaviours.lastUserText(request.json());
    var tokens = new ArrayList<String>();
    var matcher = Phi.TOKEN.matcher(last);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    var answer = tokens.isEmpty() ? "Noted." : "Noted: " + String.join(" and ", tokens) + ".";
    var frames = new ArrayList<String>();
    frames.add(Behaviours.chunk(request.model(), 0, Behaviours.delta("assistant", ""), null));
    for (int at = 0; at < answer.length(); at += 5) {
      frames.add(
          Behaviours.chunk(
              request.model(),
              0,
              Behaviours.delta(null, answer.substring(at, Math.min(answer.length(), at + 5))),
              null));
    }
    frames.add(Behaviours.chunk(request.model(), 0, Behaviours.delta(null, null), "stop"));
    if (request.json().path("stream_options").path("include_usage").asBoolean()) {
      frames.add(Behaviours.usageChunk(request.model(), 20, 5));
    }
    return Behaviours.sse(frames, true);
  }

  /**
   * Each turn's {@code messages}, as raw bytes, starts with the previous turn's, and the upstream
   * gets its own previous answer back exactly as it wrote it.
   */
  private static void assertHistoryIdenticalTurnToTurn(List<Received> received) {
    for (int turn = 1; turn < received.size(); turn++) {
      var before = RawJson.member(received.get(turn - 1).bodyText(), "messages");
      var now = RawJson.member(received.get(turn).bodyText(), "messages");
      assertThat(now)
          .as("turn %d resends turn %d's masked history", turn, turn - 1)
          .startsWith(before.substring(0, before.length() - 1) + ",");
      var resentAnswer =
          received.get(turn).json().path("messages").get(2 * turn).path("content").asText();
      var tokensBefore = new ArrayList<String>();
      var matcher = Phi.TOKEN.matcher(Behaviours.lastUserText(received.get(turn - 1).json()));
      while (matcher.find()) {
        tokensBefore.add(matcher.group());
      }
      assertThat(resentAnswer)
          .as("the upstream's answer of turn %d, resent", turn - 1)
          .isEqualTo(
              tokensBefore.isEmpty()
                  ? "Noted."
                  : "Noted: " + String.join(" and ", tokensBefore) + ".");
    }
  }
}
