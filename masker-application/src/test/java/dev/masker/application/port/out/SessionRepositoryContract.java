package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.page.Keyset;
import dev.masker.application.port.out.SessionRepository.Criteria;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.RecordedSession;
import dev.masker.domain.session.RecordedTurn;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.session.SessionStatus;
import dev.masker.domain.session.StageDurations;
import dev.masker.domain.session.TurnOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionRepository} must do, run against the in-memory fake and the PostgreSQL
 * adapter. Each test uses accounts and agents of its own.
 */
public abstract class SessionRepositoryContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant NOW = Instant.parse("2026-05-03T21:14:32.481Z");
  private static final Instant LONG_AGO = NOW.minusSeconds(90 * 24 * 3600);

  protected abstract SessionRepository sessions();

  protected abstract TransactionRunner tx();

  /** Stores a session as the turn log would have written it, with its turns and events. */
  protected abstract void recorded(
      AccountId account,
      RecordedSession session,
      List<RecordedTurn> turns,
      List<RecordedEvent> events);

  private final AccountId account = AccountId.next(IDS);
  private final AgentId agent = AgentId.next(IDS);

  private RecordedSession session(
      AgentId agent, Instant startedAt, SessionStatus status, int redactions, String external) {
    return new RecordedSession(
        SessionId.next(IDS),
        agent,
        "Front desk",
        Optional.ofNullable(external),
        startedAt,
        startedAt.plusSeconds(90),
        status,
        2,
        redactions,
        redactions == 0 ? Map.of() : Map.of("NAME", (long) redactions),
        Optional.of("gpt-4o-mini"),
        "healthcare-default",
        3,
        new StageDurations(1_500_000, 250_000, 900_000_000, 40_000));
  }

  private RecordedSession stored(Instant startedAt) {
    var session = session(agent, startedAt, SessionStatus.OK, 0, null);
    recorded(account, session, List.of(), List.of());
    return session;
  }

  private List<SessionId> list(Criteria criteria, Optional<Keyset> after, int limit) {
    return tx().inTransaction(() -> sessions().list(account, criteria, after, limit)).stream()
        .map(RecordedSession::id)
        .toList();
  }

  private static Criteria all() {
    return new Criteria(LONG_AGO, Optional.empty(), Optional.empty(), 0, Optional.empty());
  }

  @Test
  void a_session_reads_back_as_it_was_recorded() {
    var session =
        session(agent, NOW, SessionStatus.PARTIAL, 3, "xid_ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    recorded(account, session, List.of(), List.of());

    assertThat(tx().inTransaction(() -> sessions().find(account, session.id()))).contains(session);
  }

  @Test
  void the_list_is_newest_first_with_ties_broken_by_id_and_continues_strictly_after_a_keyset() {
    var oldest = stored(NOW.minusSeconds(60));
    var tieLow = stored(NOW);
    var tieHigh = stored(NOW);

    assertThat(list(all(), Optional.empty(), 10))
        .containsExactly(tieHigh.id(), tieLow.id(), oldest.id());
    assertThat(list(all(), Optional.of(new Keyset(NOW, tieHigh.id().value())), 10))
        .containsExactly(tieLow.id(), oldest.id());
    assertThat(list(all(), Optional.empty(), 2)).containsExactly(tieHigh.id(), tieLow.id());
  }

  @Test
  void each_criterion_narrows_the_list() {
    var other = AgentId.next(IDS);
    var old = session(agent, NOW.minusSeconds(7200), SessionStatus.OK, 5, null);
    var failed = session(agent, NOW.minusSeconds(60), SessionStatus.ERROR, 0, null);
    var theirs = session(other, NOW, SessionStatus.OK, 2, "xid_ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    for (var session : List.of(old, failed, theirs)) {
      recorded(account, session, List.of(), List.of());
    }
    var hourAgo = NOW.minusSeconds(3600);

    assertThat(
            list(
                new Criteria(hourAgo, Optional.empty(), Optional.empty(), 0, Optional.empty()),
                Optional.empty(),
                10))
        .containsExactly(theirs.id(), failed.id());
    assertThat(
            list(
                new Criteria(
                    LONG_AGO,
                    Optional.of(SessionStatus.ERROR),
                    Optional.empty(),
                    0,
                    Optional.empty()),
                Optional.empty(),
                10))
        .containsExactly(failed.id());
    assertThat(
            list(
                new Criteria(LONG_AGO, Optional.empty(), Optional.of(other), 0, Optional.empty()),
                Optional.empty(),
                10))
        .containsExactly(theirs.id());
    assertThat(
            list(
                new Criteria(LONG_AGO, Optional.empty(), Optional.empty(), 2, Optional.empty()),
                Optional.empty(),
                10))
        .containsExactly(theirs.id(), old.id());
    assertThat(
            list(
                new Criteria(
                    LONG_AGO,
                    Optional.empty(),
                    Optional.empty(),
                    0,
                    Optional.of("xid_ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                Optional.empty(),
                10))
        .containsExactly(theirs.id());
  }

  @Test
  void another_accounts_sessions_turns_and_events_are_never_read() {
    var stranger = AccountId.next(IDS);
    var session = session(agent, NOW, SessionStatus.OK, 1, null);
    var turn =
        new RecordedTurn(
            1,
            NOW,
            NOW.plusSeconds(1),
            TurnOutcome.OK,
            200,
            1,
            StageDurations.NONE,
            Optional.empty());
    recorded(stranger, session, List.of(turn), List.of(event(session.id(), NOW, 1)));

    assertThat(list(all(), Optional.empty(), 10)).isEmpty();
    tx().inTransaction(
            () -> {
              assertThat(sessions().find(account, session.id())).isEmpty();
              assertThat(sessions().turns(account, session.id())).isEmpty();
              assertThat(sessions().events(account, session.id(), Optional.empty(), 10)).isEmpty();
              assertThat(sessions().turns(stranger, session.id())).containsExactly(turn);
            });
  }

  @Test
  void turns_come_by_number_and_events_oldest_first_after_a_keyset() {
    var session = session(agent, NOW, SessionStatus.PARTIAL, 2, null);
    var second =
        new RecordedTurn(
            2,
            NOW.plusSeconds(5),
            NOW.plusSeconds(6),
            TurnOutcome.FAILED,
            502,
            0,
            new StageDurations(1, 2, 3, 4),
            Optional.of("timeout"));
    var first =
        new RecordedTurn(
            1,
            NOW,
            NOW.plusSeconds(1),
            TurnOutcome.OK,
            200,
            2,
            StageDurations.NONE,
            Optional.empty());
    var late = event(session.id(), NOW.plusSeconds(5), 2);
    var early = event(session.id(), NOW, 1);
    var early2 = event(session.id(), NOW, 1);
    recorded(account, session, List.of(second, first), List.of(late, early2, early));

    tx().inTransaction(
            () -> {
              assertThat(sessions().turns(account, session.id())).containsExactly(first, second);
              assertThat(sessions().events(account, session.id(), Optional.empty(), 10))
                  .containsExactly(early, early2, late);
              assertThat(
                      sessions()
                          .events(
                              account, session.id(), Optional.of(new Keyset(NOW, early.id())), 1))
                  .containsExactly(early2);
            });
  }

  private static RecordedEvent event(SessionId session, Instant ts, int turn) {
    return new RecordedEvent(
        "evt_" + IDS.newUlid(),
        session,
        "redaction",
        ts,
        turn,
        0,
        "content",
        "regex",
        11,
        25,
        0.9,
        "tokenize",
        "PHONE",
        "MSKV1",
        "K_HEALTHCARE",
        null,
        2);
  }
}
