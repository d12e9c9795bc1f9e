package dev.masker.application.service.proxy;

import dev.masker.application.fake.DirectTransactionRunner;
import dev.masker.application.fake.FixedKeyCatalog;
import dev.masker.application.fake.InMemoryAgentRepository;
import dev.masker.application.fake.MutableClock;
import dev.masker.application.fake.RecordingTurnLog;
import dev.masker.application.fake.ScriptedUpstream;
import dev.masker.application.fake.SwitchableTokenVault;
import dev.masker.application.fake.UnkeyedCallerIdHash;
import dev.masker.application.port.in.AdmitRequestUseCase;
import dev.masker.application.port.in.ProxyChatUseCase.Command;
import dev.masker.application.port.in.ProxyChatUseCase.FrameSink;
import dev.masker.application.port.in.ProxyChatUseCase.Outcome;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.AgentSettings;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The proxy over in-memory fakes, new for every test. */
final class ProxyWorld {
  static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** PHI as a caller says it, and the pieces of it that must never reach the upstream. */
  static final String SPOKEN =
      "Hi, this is Maria Lopez, born March 3rd 1961, call me at 415 555 2671";

  static final String[] PHI = {"Maria", "Lopez", "March 3rd", "1961", "415 555 2671", "2671"};

  final MutableClock clock = new MutableClock(T0);
  final InMemoryAgentRepository agents;
  final DirectTransactionRunner tx = new DirectTransactionRunner();
  final MonotonicUlids ids = new MonotonicUlids();
  final SwitchableTokenVault vault;
  final ScriptedUpstream upstream = new ScriptedUpstream();
  final RecordingTurnLog turns = new RecordingTurnLog();
  final UnkeyedCallerIdHash callerIds = new UnkeyedCallerIdHash();

  /** The accounts' budgets the proxy asks; unlimited unless a test sets limits. */
  volatile AdmitRequestUseCase budgets =
      (account, group) -> new AdmitRequestUseCase.Admission.Admitted();

  final AccountId account;
  final MaskedHistory history;
  final ProxyChatService proxy;

  ProxyWorld() {
    this(10_000);
  }

  ProxyWorld(int historyCapacity) {
    this(historyCapacity, new InMemoryAgentRepository(), new SwitchableTokenVault(), null);
  }

  /**
   * Another server on the same database as {@code other}: the same agents and vault, nothing of its
   * memory (maskers, known values, history).
   */
  ProxyWorld(ProxyWorld other) {
    this(10_000, other.agents, other.vault, other.account);
  }

  private ProxyWorld(
      int historyCapacity,
      InMemoryAgentRepository agents,
      SwitchableTokenVault vault,
      AccountId account) {
    this.agents = agents;
    this.vault = vault;
    this.account = account == null ? AccountId.next(ids) : account;
    history = new MaskedHistory(historyCapacity);
    proxy =
        new ProxyChatService(
            new RecentAgents(agents, tx, Duration.ZERO, System::nanoTime),
            (owner, group) -> budgets.admit(owner, group),
            new AgentMaskers(new FixedKeyCatalog(Set.of("K_HEALTHCARE")), vault),
            history,
            new DetectedTexts(historyCapacity),
            upstream,
            turns,
            callerIds,
            ids,
            clock,
            TIMEOUT);
  }

  /** A new agent of the account, talking to {@code upstream} ({@code openai:gpt-4o-mini}). */
  Agent agent(String upstream) {
    return create(upstream, false).agent();
  }

  /** A new agent of the account, its settings changed by {@code settings}. */
  Agent agent(String upstream, java.util.function.UnaryOperator<AgentSettings> settings) {
    var creation =
        Agent.create(
            ids,
            account,
            settings.apply(
                AgentSettings.of(
                    new AgentName("Front desk " + ids.newUlid()), Upstream.parse(upstream))),
            false,
            clock.instant());
    agents.add(creation.agent());
    return creation.agent();
  }

  Agent.Creation create(String upstream, boolean requireProxyKey) {
    var creation =
        Agent.create(
            ids,
            account,
            AgentSettings.of(
                new AgentName("Front desk " + ids.newUlid()), Upstream.parse(upstream)),
            requireProxyKey,
            clock.instant());
    agents.add(creation.agent());
    return creation;
  }

  Outcome send(Agent agent, String body) {
    return send(agent, body, new RecordingFrameSink());
  }

  Outcome send(Agent agent, String body, FrameSink sink) {
    return proxy.proxy(
        new Command(agent.id().value(), Optional.empty(), Optional.empty(), body), sink);
  }

  /** The session key {@code raw} as the turn records and the vault keep it. */
  String externalId(String raw) {
    return callerIds.hash(account, raw);
  }

  /** The answer's first message content. */
  static String answerContent(Outcome outcome) {
    var json = ((Outcome.Answered) outcome).json();
    var choice = (JsonObject) JsonParser.parseObject(json).array("choices").get(0);
    return choice.object("message").string("content");
  }

  /** The messages of a request body, each written compactly. */
  static List<String> messages(String body) {
    var written = new ArrayList<String>();
    for (var message : JsonParser.parseObject(body).array("messages")) {
      written.add(JsonWriter.write(message));
    }
    return written;
  }

  /** The MSKV1 tokens of {@code kind} in {@code text}, in order. */
  static List<String> tokens(String text, String kind) {
    var matcher =
        Pattern.compile("MSKV1\\." + kind + "\\.K_HEALTHCARE\\.[A-Z2-7]{26}").matcher(text);
    var found = new ArrayList<String>();
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** A Chat Completions request body. */
  static final class Body {
    private final JsonObject body = new JsonObject();
    private final JsonArray messages = new JsonArray();

    private Body(String model) {
      body.put("model", new JsonString(model)).put("messages", messages);
    }

    static Body of(String model) {
      return new Body(model);
    }

    Body call(String callId) {
      body.put("call", new JsonObject().put("id", new JsonString(callId)));
      return this;
    }

    Body message(String role, String content) {
      messages.add(
          new JsonObject()
              .put("role", new JsonString(role))
              .put("content", new JsonString(content)));
      return this;
    }

    Body system(String content) {
      return message("system", content);
    }

    Body user(String content) {
      return message("user", content);
    }

    Body assistant(String content) {
      return message("assistant", content);
    }

    Body stream() {
      body.put("stream", JsonBoolean.TRUE)
          .put("stream_options", new JsonObject().put("include_usage", JsonBoolean.TRUE));
      return this;
    }

    Body field(String key, String json) {
      body.put(key, JsonParser.parse(json));
      return this;
    }

    String json() {
      return JsonWriter.write(body);
    }
  }
}
