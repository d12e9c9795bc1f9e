package dev.masker.application.port.out;

import dev.masker.application.page.Keyset;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.RecordedSession;
import dev.masker.domain.session.RecordedTurn;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.session.SessionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The recorded calls, read within one account: no method reaches across accounts. */
public interface SessionRepository {
  /**
   * Which sessions a list shows.
   *
   * @param since started at or after
   * @param externalIdHash the keyed hash of the platform's call id ({@link CallerIdHash})
   */
  record Criteria(
      Instant since,
      Optional<SessionStatus> status,
      Optional<AgentId> agent,
      int minRedactions,
      Optional<String> externalIdHash) {
    public Criteria {
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(externalIdHash, "externalIdHash");
    }
  }

  /**
   * Newest first (start time, then id), strictly after {@code after} when given, at most {@code
   * limit} rows.
   */
  List<RecordedSession> list(
      AccountId account, Criteria criteria, Optional<Keyset> after, int limit);

  Optional<RecordedSession> find(AccountId account, SessionId id);

  /** The session's turns by number; none for another account's session. */
  List<RecordedTurn> turns(AccountId account, SessionId id);

  /**
   * The session's events oldest first (time, then id), strictly after {@code after} when given, at
   * most {@code limit}; none for another account's session.
   */
  List<RecordedEvent> events(AccountId account, SessionId id, Optional<Keyset> after, int limit);
}
