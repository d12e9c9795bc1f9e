package dev.masker.application.service.vapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.fake.DirectTransactionRunner;
import dev.masker.application.fake.InMemoryAgentRepository;
import dev.masker.application.fake.MutableClock;
import dev.masker.application.fake.RecordingTurnLog;
import dev.masker.application.fake.UnkeyedCallerIdHash;
import dev.masker.application.port.in.AdmitRequestUseCase;
import dev.masker.application.port.in.ReceiveVapiMessageUseCase.Command;
import dev.masker.application.port.in.ReceiveVapiMessageUseCase.Outcome;
import dev.masker.application.port.out.WebhookSecrets;
import dev.masker.application.service.proxy.RecentAgents;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.AgentSettings;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.common.Secret;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.session.CallMark;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Vapi webhook over in-memory fakes: what Vapi gets, and what the call's session records. */
class ReceiveVapiMessageServiceTest {
  private static final Instant NOW = Instant.parse("2026-05-03T21:14:32.481Z");
  private static final String PUBLIC_URL = "https://masker.example.com";
  private static final Secret SERVER_WIDE = new Secret("server-wide-secret");

  private final MutableClock clock = new MutableClock(NOW);
  private final MonotonicUlids ids = new MonotonicUlids();
  private final InMemoryAgentRepository agents = new InMemoryAgentRepository();
  private final RecordingTurnLog turns = new RecordingTurnLog();
  private final UnkeyedCallerIdHash callerIds = new UnkeyedCallerIdHash();
  private final AccountId account = AccountId.next(ids);
  private boolean dev;
  private AdmitRequestUseCase budgets =
      (owner, group) -> new AdmitRequestUseCase.Admission.Admitted();

  private final WebhookSecrets secrets =
      new WebhookSecrets() {
        @Override
        public Secret of(AgentId agent) {
          return new Secret(PREFIX + "of-" + agent.value());
        }

        @Override
        public Optional<Secret> serverWide() {
          return Optional.of(SERVER_WIDE);
        }

        @Override
        public boolean unsignedAccepted() {
          return dev;
        }
      };

  private final ReceiveVapiMessageService webhook =
      new ReceiveVapiMessageService(
          new RecentAgents(agents, new DirectTransactionRunner(), Duration.ZERO, System::nanoTime),
          (owner, group) -> budgets.admit(owner, group),
          secrets,
          callerIds,
          turns,
          ids,
          clock);

  @Test
  void an_assistant_request_gets_the_template_pointed_at_the_proxy_and_opens_the_call() {
    var agent =
        agent(
            "openai:gpt-4o-mini",
            "{\"name\":\"Front desk\",\"firstMessage\":\"Hello\","
                + "\"model\":{\"provider\":\"openai\",\"model\":\"gpt-4o\","
                + "\"messages\":[{\"role\":\"system\",\"content\":\"Be kind\"}]}}");
    var body = message("assistant-request", "call-1", NOW);

    var outcome = webhook.receive(signed(agent, body));

    var answer = JsonParser.parseObject(((Outcome.Assistant) outcome).json());
    var assistant = answer.object("assistant");
    assertThat(assistant.string("name")).isEqualTo("Front desk");
    assertThat(assistant.string("firstMessage")).isEqualTo("Hello");
    var model = assistant.object("model");
    assertThat(model.string("provider")).isEqualTo("custom-llm");
    assertThat(model.string("url")).isEqualTo(PUBLIC_URL + "/proxy/" + agent.id().value() + "/v1");
    assertThat(model.string("model")).isEqualTo("gpt-4o-mini");
    assertThat(model.array("messages").size()).isEqualTo(1);
    assertThat(turns.marks())
        .singleElement()
        .satisfies(
            mark -> {
              assertThat(mark.kind()).isEqualTo(CallMark.Kind.STARTED);
              // The very key the proxy files the call's turns under.
              assertThat(mark.callHash()).isEqualTo(callerIds.hash(account, "call-1"));
              assertThat(mark.at()).isEqualTo(NOW);
              assertThat(mark.agentId()).isEqualTo(agent.id());
            });
  }

  @Test
  void an_agent_without_a_template_answers_with_the_model_alone() {
    var agent = agent("stub", null);

    var outcome = webhook.receive(signed(agent, message("assistant-request", "call-2", NOW)));

    assertThat(((Outcome.Assistant) outcome).json())
        .isEqualTo(
            "{\"assistant\":{\"model\":{\"provider\":\"custom-llm\",\"url\":\""
                + PUBLIC_URL
                + "/proxy/"
                + agent.id().value()
                + "/v1\",\"model\":\"stub\"}}}");
  }

  @Test
  void the_end_of_a_call_closes_its_session_and_other_statuses_change_nothing() {
    var agent = agent("stub", null);

    var inProgress = status("in-progress");
    var ended = status("ended");
    var report = message("end-of-call-report", "call-3", NOW);

    assertThat(webhook.receive(signed(agent, inProgress))).isInstanceOf(Outcome.Accepted.class);
    assertThat(turns.marks()).isEmpty();
    assertThat(webhook.receive(signed(agent, ended))).isInstanceOf(Outcome.Accepted.class);
    assertThat(webhook.receive(signed(agent, report))).isInstanceOf(Outcome.Accepted.class);
    assertThat(turns.marks())
        .extracting(CallMark::kind)
        .containsExactly(CallMark.Kind.ENDED, CallMark.Kind.ENDED);
  }

  @Test
  void the_flat_form_is_read_like_the_nested_one() {
    var agent = agent("stub", null);
    var flat =
        "{\"type\":\"assistant-request\",\"timestamp\":"
            + NOW.toEpochMilli()
            + ",\"call\":{\"id\":\"call-4\"}}";

    assertThat(webhook.receive(signed(agent, flat))).isInstanceOf(Outcome.Assistant.class);
    assertThat(turns.marks().get(0).callHash()).isEqualTo(callerIds.hash(account, "call-4"));
  }

  @Test
  void each_secret_and_each_header_is_accepted_and_anything_else_is_a_bad_signature() {
    var agent = agent("stub", null);
    var body = message("status-update", "call-5", NOW);
    var own = secrets.of(agent.id());
    var other = secrets.of(AgentId.next(ids));

    assertThat(receive(agent, body, Optional.of(hmac(own, body)), Optional.empty()))
        .isInstanceOf(Outcome.Accepted.class);
    assertThat(receive(agent, body, Optional.of("sha256=" + hmac(SERVER_WIDE, body)), none()))
        .isInstanceOf(Outcome.Accepted.class);
    assertThat(receive(agent, body, none(), Optional.of(own.value())))
        .isInstanceOf(Outcome.Accepted.class);
    assertThat(receive(agent, body, none(), Optional.of(SERVER_WIDE.value())))
        .isInstanceOf(Outcome.Accepted.class);

    assertThat(receive(agent, body, Optional.of(hmac(other, body)), none()))
        .isInstanceOf(Outcome.BadSignature.class);
    assertThat(receive(agent, body, Optional.of("not hex"), none()))
        .isInstanceOf(Outcome.BadSignature.class);
    assertThat(receive(agent, body, none(), Optional.of(other.value())))
        .isInstanceOf(Outcome.BadSignature.class);
    assertThat(receive(agent, body, none(), none())).isInstanceOf(Outcome.BadSignature.class);
    // Both headers: both must be right.
    assertThat(receive(agent, body, Optional.of(hmac(own, body)), Optional.of(other.value())))
        .isInstanceOf(Outcome.BadSignature.class);
    // A signature of another body.
    var changed = body.replace("call-5", "call-6");
    assertThat(receive(agent, changed, Optional.of(hmac(own, body)), none()))
        .isInstanceOf(Outcome.BadSignature.class);
  }

  @Test
  void unsigned_calls_are_taken_in_dev_mode_only_and_wrong_ones_never() {
    var agent = agent("stub", null);
    var body = message("status-update", "call-7", NOW);

    assertThat(receive(agent, body, none(), none())).isInstanceOf(Outcome.BadSignature.class);
    dev = true;
    assertThat(receive(agent, body, none(), none())).isInstanceOf(Outcome.Accepted.class);
    assertThat(receive(agent, body, none(), Optional.of("wrong")))
        .isInstanceOf(Outcome.BadSignature.class);
  }

  @Test
  void a_signed_message_older_or_newer_than_the_window_is_refused_as_a_replay() {
    var agent = agent("stub", null);
    var window = ReceiveVapiMessageService.REPLAY_WINDOW;

    var old = message("assistant-request", "call-8", NOW.minus(window).minusSeconds(1));
    var ahead = message("assistant-request", "call-8", NOW.plus(window).plusSeconds(1));
    var edge = message("assistant-request", "call-8", NOW.minus(window));

    assertThat(webhook.receive(signed(agent, old))).isInstanceOf(Outcome.BadSignature.class);
    assertThat(webhook.receive(signed(agent, ahead))).isInstanceOf(Outcome.BadSignature.class);
    assertThat(turns.marks()).isEmpty();
    assertThat(webhook.receive(signed(agent, edge))).isInstanceOf(Outcome.Assistant.class);
  }

  @Test
  void unknown_agents_unsupported_types_and_malformed_messages_are_told_apart() {
    var agent = agent("stub", null);

    assertThat(
            webhook.receive(
                new Command(
                    AgentId.next(ids).value(), new byte[0], Optional.of("00"), none(), PUBLIC_URL)))
        .isInstanceOf(Outcome.AgentNotFound.class);
    assertThat(
            webhook.receive(
                new Command("agt_nonsense", new byte[0], Optional.of("00"), none(), PUBLIC_URL)))
        .isInstanceOf(Outcome.AgentNotFound.class);
    assertThat(webhook.receive(signed(agent, message("transcript", "call-9", NOW))))
        .isInstanceOf(Outcome.UnsupportedEvent.class);
    assertThat(webhook.receive(signed(agent, "{\"message\": [1]}")))
        .isEqualTo(new Outcome.InvalidMessage("message", "must be an object"));
    assertThat(webhook.receive(signed(agent, "not json")))
        .isEqualTo(new Outcome.InvalidMessage("body", "is not a JSON object"));
    assertThat(webhook.receive(signed(agent, "{\"message\":{\"call\":{}}}")))
        .isEqualTo(new Outcome.InvalidMessage("message.type", "is required and must be a string"));
    assertThat(webhook.receive(signed(agent, "{\"message\":{\"type\":\"assistant-request\"}}")))
        .isEqualTo(
            new Outcome.InvalidMessage("message.call.id", "is required for assistant-request"));
    assertThat(
            webhook.receive(
                signed(agent, "{\"message\":{\"type\":\"status-update\",\"timestamp\":\"soon\"}}")))
        .isEqualTo(
            new Outcome.InvalidMessage(
                "message.timestamp", "must be a whole number of milliseconds"));
    assertThat(turns.marks()).isEmpty();
  }

  @Test
  void an_account_over_its_budget_is_limited_before_the_signature_is_checked() {
    var agent = agent("stub", null);
    budgets = (owner, group) -> new AdmitRequestUseCase.Admission.Limited(Duration.ofSeconds(2));

    assertThat(receive(agent, message("status-update", "call-10", NOW), none(), none()))
        .isEqualTo(new Outcome.RateLimited(Duration.ofSeconds(2)));
  }

  private Agent agent(String upstream, String template) {
    var settings =
        AgentSettings.of(new AgentName("Desk " + ids.newUlid()), Upstream.parse(upstream));
    if (template != null) {
      settings = settings.withVapiAssistant(template);
    }
    var agent = Agent.create(ids, account, settings, false, clock.instant()).agent();
    agents.add(agent);
    return agent;
  }

  private static String message(String type, String callId, Instant at) {
    return "{\"message\":{\"type\":\""
        + type
        + "\",\"timestamp\":"
        + at.toEpochMilli()
        + ",\"call\":{\"id\":\""
        + callId
        + "\",\"customer\":{\"number\":\"+14155552671\",\"name\":\"Maria Lopez\"}},"
        + "\"status\":\"ended\",\"transcript\":\"Hi, this is Maria Lopez\"}}";
  }

  private static String status(String status) {
    return "{\"message\":{\"type\":\"status-update\",\"status\":\""
        + status
        + "\",\"timestamp\":"
        + NOW.toEpochMilli()
        + ",\"call\":{\"id\":\"call-3\"}}}";
  }

  private Command signed(Agent agent, String body) {
    return new Command(
        agent.id().value(),
        body.getBytes(StandardCharsets.UTF_8),
        Optional.of(hmac(secrets.of(agent.id()), body)),
        none(),
        PUBLIC_URL);
  }

  private Outcome receive(
      Agent agent, String body, Optional<String> signature, Optional<String> secret) {
    return webhook.receive(
        new Command(
            agent.id().value(),
            body.getBytes(StandardCharsets.UTF_8),
            signature,
            secret,
            PUBLIC_URL));
  }

  private static String hmac(Secret secret, String body) {
    return HexFormat.of()
        .formatHex(WebhookSignature.hmac(secret, body.getBytes(StandardCharsets.UTF_8)));
  }

  private static Optional<String> none() {
    return Optional.empty();
  }
}
