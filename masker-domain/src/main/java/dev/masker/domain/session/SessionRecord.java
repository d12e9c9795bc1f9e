package dev.masker.domain.session;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import java.time.Instant;
import java.util.Optional;

/**
 * What the turn log keeps about a session: a proxied turn ({@link TurnRecord}) or a mark of the
 * platform's call ({@link CallMark}). Each holds what creates the session row when it comes first,
 * and the moments it moves the session's bounds to. Nothing in it is PHI.
 */
public sealed interface SessionRecord permits TurnRecord, CallMark {
  /** The session id that is used when the record creates the session row. */
  SessionId session();

  /** The keyed hash of the platform's call id, when the record belongs to a call. */
  Optional<String> externalId();

  AgentId agentId();

  AccountId accountId();

  String agentName();

  Instant startedAt();

  Instant endedAt();

  Optional<String> upstreamModel();

  String policyName();

  int policyVersion();
}
