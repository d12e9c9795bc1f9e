package dev.masker.application.service.proxy;

import dev.masker.application.port.in.AdmitRequestUseCase;
import dev.masker.application.port.in.AdmitRequestUseCase.RequestGroup;
import dev.masker.application.port.in.ProxyChatUseCase;
import dev.masker.application.port.out.CallerIdHash;
import dev.masker.application.port.out.TurnLog;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.chat.ChatAnswer;
import dev.masker.domain.chat.ChatRequest;
import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.chat.StreamedAnswer;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.Secret;
import dev.masker.domain.json.JsonSyntaxException;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import dev.masker.domain.masking.rehydrate.ValueEscaping;
import dev.masker.domain.session.KeptPayloads;
import dev.masker.domain.session.ModelPassSkip;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.session.StageDurations;
import dev.masker.domain.session.TurnOutcome;
import dev.masker.domain.session.TurnRecord;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The proxy's steps of SPEC §6, in order; see {@link ProxyChatUseCase}. */
public final class ProxyChatService implements ProxyChatUseCase {
  private static final System.Logger LOG = System.getLogger(ProxyChatService.class.getName());

  private final RecentAgents agents;
  private final AdmitRequestUseCase budgets;
  private final AgentMaskers maskers;
  private final MaskedHistory history;
  private final DetectedTexts detectedTexts;
  private final UpstreamLlm upstream;
  private final TurnLog turns;
  private final CallerIdHash callerIds;
  private final IdGenerator ids;
  private final Clock clock;
  private final Duration timeout;

  public ProxyChatService(
      RecentAgents agents,
      AdmitRequestUseCase budgets,
      AgentMaskers maskers,
      MaskedHistory history,
      DetectedTexts detectedTexts,
      UpstreamLlm upstream,
      TurnLog turns,
      CallerIdHash callerIds,
      IdGenerator ids,
      Clock clock,
      Duration timeout) {
    this.agents = agents;
    this.budgets = budgets;
    this.maskers = maskers;
    this.history = history;
    this.detectedTexts = detectedTexts;
    this.upstream = upstream;
    this.turns = turns;
    this.callerIds = callerIds;
    this.ids = ids;
    this.clock = clock;
    this.timeout = timeout;
  }

  @Override
  public Outcome proxy(Command command, FrameSink sink) {
    var started = clock.instant();
    if (!AgentId.isWellFormed(command.agentId())) {
      return new Outcome.AgentNotFound();
    }
    var id = new AgentId(command.agentId());
    Optional<Agent> found;
    try {
      found = agents.find(id);
    } catch (RuntimeException storeDown) {
      // Fail closed, and say so as a retryable 503: without the agent there is no policy, key
      // or vault to mask with. Only the type is logged: a driver's message may quote data.
      LOG.log(
          Level.WARNING,
          "agent lookup failed (" + storeDown.getClass().getSimpleName() + "): not forwarded");
      return new Outcome.AgentUnavailable();
    }
    if (found.isEmpty()) {
      return new Outcome.AgentNotFound();
    }
    var agent = found.get();
    // Counted against the agent's account once the agent is known (an unknown id costs no budget
    // and makes no bucket), before the proxy key: guessing a key spends the budget too.
    var admission = budgets.admit(agent.accountId(), RequestGroup.PROXY);
    if (admission instanceof AdmitRequestUseCase.Admission.Limited limited) {
      return new Outcome.RateLimited(limited.retryAfter());
    }
    if (!agent.acceptsProxyKey(
        command.proxyKey().filter(key -> !key.isBlank()).map(Secret::new).orElse(null))) {
      return new Outcome.BadProxyKey();
    }
    ChatRequest request;
    Optional<String> sessionKey;
    try {
      request = ChatRequest.parse(command.body());
      // The key as the caller gave it may be personal data (Bolna's user is a phone number):
      // from here on only its keyed hash exists, in the session row, the vault scope and logs.
      sessionKey =
          request
              .sessionKey(command.sessionHeader())
              .map(key -> callerIds.hash(agent.accountId(), key));
    } catch (InvalidValue invalid) {
      return new Outcome.InvalidRequest(invalid.field(), invalid.issue());
    }
    var model = agent.upstream().model();
    if (model.isPresent() && !model.get().equals(request.model())) {
      return new Outcome.ModelNotAllowed(request.model());
    }
    request.removePlatformMetadata();
    var turn = new Turn(agent, sessionKey, started, command.body());
    return turn.run(request, sink);
  }

  /** One turn of one session, from masking to the record. */
  private final class Turn {
    private final Agent agent;
    private final Optional<String> sessionKey;
    private final Instant started;
    private final SessionId session;
    private final String scope;
    private Masker masker;
    private List<FieldMaskEvent> redactions = List.of();
    private List<RehydrationFailure> failures = List.of();
    private SessionMask mask;
    private long detection;
    private long tokenize;
    private long upstreamNanos;
    private long rehydrate;
    // The payloads, kept only when the policy says audit.log_payloads: true.
    private final String requestBody;
    private String maskedBody;
    private String responseBody;

    Turn(Agent agent, Optional<String> sessionKey, Instant started, String requestBody) {
      this.agent = agent;
      this.requestBody = requestBody;
      this.sessionKey = sessionKey;
      this.started = started;
      this.session = SessionId.next(ids);
      // The vault scope: tokens of one agent's call never open in another agent or call.
      this.scope = agent.id() + "/" + sessionKey.orElse(session.value());
    }

    /**
     * The turn. A session of one request, which nothing reads after its one answer, keeps the vault
     * rows it makes in memory from its start to its end and never stores them.
     */
    Outcome run(ChatRequest request, FrameSink sink) {
      if (sessionKey.isPresent()) {
        return maskThenForward(request, sink);
      }
      try (var held = maskers.vaultBatch(scope)) {
        return maskThenForward(request, sink);
      }
    }

    private Outcome maskThenForward(ChatRequest request, FrameSink sink) {
      String masked;
      try {
        masker = maskers.of(agent);
        // A call's earlier turns may have run on another server, or been pushed out of memory:
        // its values are recalled from the vault. A session of one request has nothing to recall,
        // and no next turn to keep its values or its masked strings for.
        var known =
            sessionKey.isPresent() ? masker.recall(scope) : masker.knownValuesOfOneRequest();
        var useHistory = masker.recallsFromVault() || known.size() > 0;
        // Detection depends on the policy alone: what one session detected serves the others
        // (the agent's version of its settings names the policy).
        var detecting = detectedTexts.of(masker, agent.id() + "@" + agent.updatedAt());
        mask = new SessionMask(masker, detecting, scope, history(), known, useHistory);
        var masking = sessionKey.isPresent() ? maskStoring(request) : maskHeld(request);
        detection = mask.detectionNanos();
        tokenize += mask.tokenizeNanos();
        var refused =
            masking.fold(
                done -> {
                  // Not a refused turn's strings: nothing was sent, nothing counted, and the
                  // caller's next try must mask and count them.
                  mask.remember();
                  redactions = done.redactions();
                  return Optional.<Outcome>empty();
                },
                refusal ->
                    Optional.<Outcome>of(
                        new Outcome.UnsupportedContent(refusal.path(), refusal.reason())));
        if (refused.isPresent()) {
          return refused.get();
        }
        masked = request.toJson();
        maskedBody = masked;
      } catch (RuntimeException e) {
        // Fail closed: whatever broke, nothing leaves for the upstream. The exception's message
        // may quote the text being masked, so only its type is logged.
        LOG.log(
            Level.WARNING, "masking failed (" + e.getClass().getSimpleName() + "): not forwarded");
        return record(new Outcome.MaskingUnavailable(), TurnOutcome.FAILED, 503);
      }
      var call =
          new UpstreamCall(
              agent.upstream().provider(), agent.upstream().model().orElse(null), masked, timeout);
      return request.streamed() ? stream(call, sink) : complete(call);
    }

    /**
     * Masks a turn of a call: its new tokens are stored in one round trip before anything carrying
     * them leaves, and the call's next turn, on this server or another, opens them from the store.
     * The same write tells which of the turn's values the session counted before (ADR 0054): their
     * events are left out, so a call counts the same wherever its turns land.
     */
    private ChatRequest.Masking maskStoring(ChatRequest request) {
      try (var batch = maskers.vaultBatch(scope)) {
        var masking = request.mask(mask, masker.policy().requestRules());
        long storing = System.nanoTime();
        if (masking instanceof ChatRequest.Masking.Masked done) {
          var countedBefore = mask.flushCounting(batch);
          masking =
              new ChatRequest.Masking.Masked(
                  done.redactions().stream()
                      .filter(redaction -> !countedBefore.contains(redaction.event()))
                      .toList());
        } else {
          // Refused: nothing is sent and nothing counted, so no value is marked as counted; the
          // rows are stored all the same, so that what the turn taught the call is recalled alike
          // on every server.
          batch.flush();
        }
        tokenize = System.nanoTime() - storing;
        return masking;
      }
    }

    /** Masks a session of one request, its rows held by the turn's batch ({@link #run}). */
    private ChatRequest.Masking maskHeld(ChatRequest request) {
      return request.mask(mask, masker.policy().requestRules());
    }

    /** The masked history of the session: none for a session of one request. */
    private MaskedHistory history() {
      return sessionKey.isPresent() ? history : MaskedHistory.NONE;
    }

    private Outcome complete(UpstreamCall call) {
      long begun = System.nanoTime();
      var reply = upstream.complete(call);
      upstreamNanos = System.nanoTime() - begun;
      return reply.fold(completion -> answered(completion.body()), this::failed);
    }

    private Outcome answered(String body) {
      long rehydrating = System.nanoTime();
      ChatAnswer answer;
      try {
        answer =
            ChatAnswer.rehydrate(
                body,
                text -> masker.rehydrateWithReport(scope, text),
                json -> masker.rehydrateWithReport(scope, json, ValueEscaping.JSON_STRING));
        history().rememberAnswer(scope, answer.rehydrated());
      } catch (JsonSyntaxException notJson) {
        return failed(new UpstreamFailure.Malformed("the answer is not a JSON object"));
      } finally {
        rehydrate = System.nanoTime() - rehydrating;
      }
      failures = answer.failures();
      responseBody = answer.json();
      return record(new Outcome.Answered(responseBody), TurnOutcome.OK, 200);
    }

    private Outcome stream(UpstreamCall call, FrameSink sink) {
      var answer =
          new StreamedAnswer(
              () -> masker.streamRehydrator(scope),
              () -> masker.streamRehydrator(scope, ValueEscaping.JSON_STRING));
      var copy = keepsPayloads() ? new FrameCopy(sink) : null;
      var relay = new StreamRelay(answer, copy == null ? sink : copy, this::message);
      long begun = System.nanoTime();
      RuntimeException unexpected = null;
      try {
        upstream.stream(call, relay);
      } catch (StreamRelay.Abandoned abandoned) {
        relay.abandon();
      } catch (RuntimeException e) {
        if (!relay.callerGone()) {
          // Not the caller going away: a bug, or an adapter that broke the port's contract.
          unexpected = e;
        }
      }
      rehydrate = relay.rehydrateNanos();
      failures = answer.failures();
      if (copy != null && copy.any()) {
        responseBody = copy.frames();
      }
      upstreamNanos = Math.max(0, System.nanoTime() - begun - rehydrate);
      // The choices that finished: the caller may resend them in the next turn's history.
      history().rememberAnswer(scope, answer.rehydrated());
      if (unexpected != null) {
        // Recorded, then thrown on: the caller's response must still be ended (500 when nothing
        // was sent yet), which only the adapter can do.
        LOG.log(
            Level.ERROR, "streamed turn failed (" + unexpected.getClass().getSimpleName() + ")");
        if (relay.started()) {
          record(new Outcome.Streamed(false), TurnOutcome.STREAM_BROKEN, 200);
        } else {
          record(new Outcome.Streamed(false), TurnOutcome.FAILED, 500);
        }
        throw unexpected;
      }
      if (!relay.started() && relay.failure() != null) {
        return failed(relay.failure());
      }
      if (relay.failure() != null) {
        LOG.log(Level.WARNING, "stream broken: " + relay.failure().describe());
      }
      if (relay.complete() && !relay.callerGone()) {
        return record(new Outcome.Streamed(true), TurnOutcome.OK, 200);
      }
      return record(new Outcome.Streamed(false), TurnOutcome.STREAM_BROKEN, 200);
    }

    private Outcome failed(UpstreamFailure failure) {
      LOG.log(Level.WARNING, failure.describe());
      var outcome = new Outcome.UpstreamFailed(failure, message(failure));
      return record(outcome, TurnOutcome.FAILED, outcome.status());
    }

    /** A message about {@code failure} safe to show: the upstream's own words masked. */
    private String message(UpstreamFailure failure) {
      if (failure instanceof UpstreamFailure.ErrorStatus error) {
        var prefix = "The upstream answered " + error.status();
        try {
          // Masked with what the turn's request revealed: a value it named may come back alone.
          return prefix + ": " + mask.apply(null, error.message()).text();
        } catch (RuntimeException maskingFailed) {
          return prefix;
        }
      }
      if (failure instanceof UpstreamFailure.TimedOut) {
        return "The upstream did not answer within " + timeout.toMillis() + " ms";
      }
      return "The upstream could not be used: " + failure.describe();
    }

    /** The texts masked without the model's answer, as the record keeps them. */
    private Optional<ModelPassSkip> modelPassSkip() {
      if (mask == null) {
        return Optional.empty();
      }
      var log = mask.modelPass();
      return log.skipped().map(reason -> new ModelPassSkip(reason, log.skippedTexts()));
    }

    private boolean keepsPayloads() {
      return masker != null && masker.policy().audit().logPayloads();
    }

    /** The payloads the policy keeps, sealed later by the turn log; empty when it keeps none. */
    private Optional<KeptPayloads> payloads() {
      if (!keepsPayloads()) {
        return Optional.empty();
      }
      try {
        var kid = masker.policy().kid();
        return Optional.of(
            new KeptPayloads(
                kid,
                maskers.payloadSeal(kid),
                requestBody,
                Optional.ofNullable(maskedBody),
                Optional.ofNullable(responseBody)));
      } catch (RuntimeException keyGone) {
        LOG.log(
            Level.WARNING,
            "payloads not kept (" + keyGone.getClass().getSimpleName() + "): the key is missing");
        return Optional.empty();
      }
    }

    private Outcome record(Outcome outcome, TurnOutcome turnOutcome, int status) {
      var policy = agent.policy();
      turns.append(
          new TurnRecord(
              session,
              sessionKey,
              agent.id(),
              agent.accountId(),
              agent.name().value(),
              started,
              clock.instant(),
              turnOutcome,
              status,
              agent.upstream().model(),
              policy.name(),
              policy.version(),
              new StageDurations(detection, tokenize, upstreamNanos, rehydrate),
              redactions,
              failures,
              modelPassSkip(),
              payloads()));
      return outcome;
    }
  }
}
