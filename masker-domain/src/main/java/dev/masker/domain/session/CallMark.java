package dev.masker.domain.session;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A voice platform said that a call started or ended (SPEC §7): a {@code call_started} or {@code
 * call_ended} event of the call's session, which opens the session (with no turn yet) or closes it
 * (its {@code ended_at}). The call is named by the keyed hash of its id, as the proxy names it, so
 * the mark and the proxy's turns of one call land in one session whichever comes first. Holds
 * nothing the platform said about the caller.
 *
 * @param session the id the session gets if this mark creates it
 * @param callHash the keyed hash of the platform's call id ({@code xid_…})
 * @param at when the server learned it
 */
public record CallMark(
    Kind kind,
    SessionId session,
    String callHash,
    AgentId agentId,
    AccountId accountId,
    String agentName,
    Instant at,
    Optional<String> upstreamModel,
    String policyName,
    int policyVersion)
    implements SessionRecord {

  /** The two marks, by their event kind. */
  public enum Kind {
    STARTED("call_started"),
    ENDED("call_ended");

    private final String eventKind;

    Kind(String eventKind) {
      this.eventKind = eventKind;
    }

    /** The {@code kind} of the event the mark is stored as. */
    public String eventKind() {
      return eventKind;
    }
  }

  public CallMark {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(callHash, "callHash");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(agentName, "agentName");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(upstreamModel, "upstreamModel");
    Objects.requireNonNull(policyName, "policyName");
    if (callHash.isBlank()) {
      throw new IllegalArgumentException("a call mark names its call");
    }
  }

  @Override
  public Optional<String> externalId() {
    return Optional.of(callHash);
  }

  @Override
  public Instant startedAt() {
    return at;
  }

  @Override
  public Instant endedAt() {
    return at;
  }
}
