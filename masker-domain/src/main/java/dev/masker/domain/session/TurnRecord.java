package dev.masker.domain.session;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything worth keeping about one proxied turn, and nothing that is PHI (no text, no value, no
 * token body) except the payloads a policy asks to keep, which are sealed before they are stored
 * and never shown by {@link #toString}.
 *
 * @param session the session the turn belongs to; a request without a session key is its own
 *     session
 * @param externalId the keyed hash of the session key when the request named one (the key itself
 *     may be PHI, such as a phone number, and is never kept), else empty
 * @param status the HTTP status the caller got (200 for a stream that began, even if it broke)
 * @param upstreamModel the model the upstream was asked for, empty for a stub agent
 * @param modelPassSkipped the texts of the turn the built-in passes masked alone, the model-based
 *     {@code ner} pass having no answer and the policy saying {@code regex_only}; empty when the
 *     model answered for every text or the policy does not run it
 * @param payloads what the turn's policy keeps with {@code audit.log_payloads: true}; empty
 *     otherwise
 */
public record TurnRecord(
    SessionId session,
    Optional<String> externalId,
    AgentId agentId,
    AccountId accountId,
    String agentName,
    Instant startedAt,
    Instant endedAt,
    TurnOutcome outcome,
    int status,
    Optional<String> upstreamModel,
    String policyName,
    int policyVersion,
    StageDurations durations,
    List<FieldMaskEvent> redactions,
    List<RehydrationFailure> rehydrationFailures,
    Optional<ModelPassSkip> modelPassSkipped,
    Optional<KeptPayloads> payloads)
    implements SessionRecord {
  public TurnRecord {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(agentName, "agentName");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(upstreamModel, "upstreamModel");
    Objects.requireNonNull(policyName, "policyName");
    Objects.requireNonNull(durations, "durations");
    redactions = List.copyOf(redactions);
    rehydrationFailures = List.copyOf(rehydrationFailures);
    Objects.requireNonNull(modelPassSkipped, "modelPassSkipped");
    Objects.requireNonNull(payloads, "payloads");
  }

  /** A turn that keeps no payloads. */
  public TurnRecord(
      SessionId session,
      Optional<String> externalId,
      AgentId agentId,
      AccountId accountId,
      String agentName,
      Instant startedAt,
      Instant endedAt,
      TurnOutcome outcome,
      int status,
      Optional<String> upstreamModel,
      String policyName,
      int policyVersion,
      StageDurations durations,
      List<FieldMaskEvent> redactions,
      List<RehydrationFailure> rehydrationFailures,
      Optional<ModelPassSkip> modelPassSkipped) {
    this(
        session,
        externalId,
        agentId,
        accountId,
        agentName,
        startedAt,
        endedAt,
        outcome,
        status,
        upstreamModel,
        policyName,
        policyVersion,
        durations,
        redactions,
        rehydrationFailures,
        modelPassSkipped,
        Optional.empty());
  }

  /** This turn, saying that the built-in passes masked some of its texts without the model. */
  public TurnRecord withModelPassSkipped(ModelPassSkip skip) {
    return new TurnRecord(
        session,
        externalId,
        agentId,
        accountId,
        agentName,
        startedAt,
        endedAt,
        outcome,
        status,
        upstreamModel,
        policyName,
        policyVersion,
        durations,
        redactions,
        rehydrationFailures,
        Optional.of(skip),
        payloads);
  }

  /** This turn, keeping {@code kept}. */
  public TurnRecord withPayloads(KeptPayloads kept) {
    return new TurnRecord(
        session,
        externalId,
        agentId,
        accountId,
        agentName,
        startedAt,
        endedAt,
        outcome,
        status,
        upstreamModel,
        policyName,
        policyVersion,
        durations,
        redactions,
        rehydrationFailures,
        modelPassSkipped,
        Optional.of(kept));
  }
}
