package dev.masker.application.service.vapi;

import dev.masker.application.port.in.AdmitRequestUseCase;
import dev.masker.application.port.in.AdmitRequestUseCase.RequestGroup;
import dev.masker.application.port.in.ReceiveVapiMessageUseCase;
import dev.masker.application.port.out.CallerIdHash;
import dev.masker.application.port.out.TurnLog;
import dev.masker.application.port.out.WebhookSecrets;
import dev.masker.application.service.proxy.RecentAgents;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.Secret;
import dev.masker.domain.session.CallMark;
import dev.masker.domain.session.SessionId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The Vapi webhook's steps (SPEC §7), in order: the agent (404 as the proxy answers), the account's
 * proxy budget, the signature (before a byte of the body is read as JSON), the message, its age,
 * then its type. Everything it needs is in memory or in the agent copy the proxy shares, so an
 * {@code assistant-request} is answered without waiting on anything but the agent's first read; the
 * call's session is recorded by the turn log, off the request path.
 *
 * <p>Logs name the agent, the message type, the keyed hash of the call id (the only form in which
 * Masker keeps a call id, SPEC §5) and the assistant's id; never the customer, the transcript or
 * anything else of the body.
 */
public final class ReceiveVapiMessageService implements ReceiveVapiMessageUseCase {
  /**
   * How far a signed message's {@code timestamp} may be from the server's clock, either way, before
   * it is refused as a replay (or a sender whose clock is wrong): docs/adr/0050-vapi-webhook.md.
   */
  public static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

  static final String ASSISTANT_REQUEST = "assistant-request";
  static final String STATUS_UPDATE = "status-update";
  static final String END_OF_CALL_REPORT = "end-of-call-report";

  private static final System.Logger LOG =
      System.getLogger(ReceiveVapiMessageService.class.getName());

  private final RecentAgents agents;
  private final AdmitRequestUseCase budgets;
  private final WebhookSecrets secrets;
  private final CallerIdHash callerIds;
  private final TurnLog turns;
  private final IdGenerator ids;
  private final Clock clock;

  public ReceiveVapiMessageService(
      RecentAgents agents,
      AdmitRequestUseCase budgets,
      WebhookSecrets secrets,
      CallerIdHash callerIds,
      TurnLog turns,
      IdGenerator ids,
      Clock clock) {
    this.agents = agents;
    this.budgets = budgets;
    this.secrets = secrets;
    this.callerIds = callerIds;
    this.turns = turns;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Outcome receive(Command command) {
    if (!AgentId.isWellFormed(command.agentId())) {
      return new Outcome.AgentNotFound();
    }
    Optional<Agent> found;
    try {
      found = agents.find(new AgentId(command.agentId()));
    } catch (RuntimeException storeDown) {
      LOG.log(
          Level.WARNING,
          "webhook: agent lookup failed (" + storeDown.getClass().getSimpleName() + ")");
      return new Outcome.AgentUnavailable();
    }
    if (found.isEmpty()) {
      return new Outcome.AgentNotFound();
    }
    var agent = found.get();
    // Guessing a signature spends the account's budget, as guessing a proxy key does.
    var admission = budgets.admit(agent.accountId(), RequestGroup.PROXY);
    if (admission instanceof AdmitRequestUseCase.Admission.Limited limited) {
      return new Outcome.RateLimited(limited.retryAfter());
    }
    var refusal = refusal(agent, command);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    VapiMessage message;
    try {
      message = VapiMessage.parse(command.body());
    } catch (InvalidValue invalid) {
      return new Outcome.InvalidMessage(invalid.field(), invalid.issue());
    }
    var now = clock.instant();
    if (message.sentAt().isPresent()
        && Duration.between(message.sentAt().get(), now).abs().compareTo(REPLAY_WINDOW) > 0) {
      return new Outcome.BadSignature(
          "The message's timestamp is more than "
              + REPLAY_WINDOW.toMinutes()
              + " minutes from the server's time: refused as a replay");
    }
    return switch (message.type()) {
      case ASSISTANT_REQUEST -> assistant(agent, message, command.publicUrl());
      case STATUS_UPDATE ->
          message.status().filter("ended"::equals).isPresent()
              ? close(agent, message)
              : new Outcome.Accepted();
      case END_OF_CALL_REPORT -> close(agent, message);
      default -> new Outcome.UnsupportedEvent();
    };
  }

  /** 401 unless the call carries a right credential, or none at all where that is allowed. */
  private Optional<Outcome> refusal(Agent agent, Command command) {
    if (!WebhookSignature.present(command.signature(), command.sharedSecret())) {
      if (secrets.unsignedAccepted()) {
        return Optional.empty();
      }
      return Optional.of(
          new Outcome.BadSignature(
              "Sign the call: X-Vapi-Signature (HMAC-SHA256 of the body) or X-Vapi-Secret"));
    }
    var accepted = new ArrayList<Secret>(2);
    accepted.add(secrets.of(agent.id()));
    secrets.serverWide().ifPresent(accepted::add);
    if (!WebhookSignature.verifies(
        command.body(), command.signature(), command.sharedSecret(), accepted)) {
      return Optional.of(
          new Outcome.BadSignature("The webhook signature or secret is not this agent's"));
    }
    return Optional.empty();
  }

  private Outcome assistant(Agent agent, VapiMessage message, String publicUrl) {
    var callId = message.callId();
    if (callId.isEmpty()) {
      return missingCallId(message);
    }
    var call = mark(CallMark.Kind.STARTED, agent, callId.get());
    var upstream = agent.upstream();
    var answer =
        AssistantAnswer.of(
            agent.vapiAssistant(),
            publicUrl + "/proxy/" + agent.id().value() + "/v1",
            upstream.model().orElse(upstream.provider()));
    log(agent, message, call);
    return new Outcome.Assistant(answer);
  }

  private Outcome close(Agent agent, VapiMessage message) {
    var callId = message.callId();
    if (callId.isEmpty()) {
      return missingCallId(message);
    }
    log(agent, message, mark(CallMark.Kind.ENDED, agent, callId.get()));
    return new Outcome.Accepted();
  }

  /** Hands the mark to the turn log; the keyed hash of the call id it is filed under. */
  private String mark(CallMark.Kind kind, Agent agent, String callId) {
    var call = callerIds.hash(agent.accountId(), callId);
    var policy = agent.policy();
    turns.mark(
        new CallMark(
            kind,
            SessionId.next(ids),
            call,
            agent.id(),
            agent.accountId(),
            agent.name().value(),
            clock.instant(),
            agent.upstream().model(),
            policy.name(),
            policy.version()));
    return call;
  }

  private static Outcome missingCallId(VapiMessage message) {
    var prefix = message.nested() ? "message." : "";
    return new Outcome.InvalidMessage(prefix + "call.id", "is required for " + message.type());
  }

  private static void log(Agent agent, VapiMessage message, String call) {
    LOG.log(
        Level.INFO,
        "vapi "
            + message.type()
            + " agent="
            + agent.id().value()
            + " call="
            + call
            + message.assistantId().map(id -> " assistant=" + id).orElse(""));
  }
}
