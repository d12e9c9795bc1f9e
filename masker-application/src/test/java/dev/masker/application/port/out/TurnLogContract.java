package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.MaskEvent;
import dev.masker.domain.masking.ModelUnanswered;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.session.CallMark;
import dev.masker.domain.session.ModelPassSkip;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.session.StageDurations;
import dev.masker.domain.session.TurnOutcome;
import dev.masker.domain.session.TurnRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TurnLog} must do, run against the in-memory fake and the PostgreSQL adapter:
 * the turns of a call add up to one session, a request without a session key is a session of its
 * own, totals are exact under concurrent appends, and a record that cannot be kept is counted, not
 * thrown. Each test records turns of agents of its own, so the tests share nothing.
 */
public abstract class TurnLogContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  private static final StageDurations DURATIONS =
      new StageDurations(1_000, 20_000, 300_000_000, 4_000);

  protected abstract TurnLog turnLog();

  /** Waits until every record appended so far is kept or counted lost; fails if it takes long. */
  protected abstract void awaitKept();

  /** The sessions kept of the agent's turns, oldest first (then by id). */
  protected abstract List<KeptSession> sessions(AgentId agent);

  @Test
  void the_turns_of_a_call_add_up_to_one_session_numbered_in_the_order_they_came() {
    var call = Call.named();
    var first = call.turn(0, TurnOutcome.OK, EntityKind.PHONE);
    turnLog().append(first);
    turnLog().append(call.turn(1, TurnOutcome.OK, EntityKind.NAME));
    turnLog().append(call.turn(2, TurnOutcome.FAILED));
    awaitKept();
    turnLog().append(call.turn(3, TurnOutcome.OK, EntityKind.PHONE));
    turnLog().append(call.turn(4, TurnOutcome.OK));
    awaitKept();

    var sessions = sessions(call.agent());

    assertThat(sessions).hasSize(1);
    var session = sessions.get(0);
    assertThat(session.id()).isEqualTo(first.session());
    assertThat(session.externalId()).isEqualTo(call.externalId());
    assertThat(session.startedAt()).isEqualTo(T0);
    assertThat(session.endedAt()).isEqualTo(T0.plusSeconds(4).plusMillis(500));
    assertThat(session.turnCount()).isEqualTo(5);
    assertThat(session.failedTurnCount()).isEqualTo(1);
    assertThat(session.status()).isEqualTo("partial");
    assertThat(session.redactionCount()).isEqualTo(3);
    assertThat(session.redactionsByKind()).containsExactly(entry("NAME", 1L), entry("PHONE", 2L));
    assertThat(session.upstreamNanos()).isEqualTo(5 * DURATIONS.upstream());
    assertThat(session.turnStarts())
        .containsExactlyElementsOf(IntStream.range(0, 5).mapToObj(T0::plusSeconds).toList());
  }

  @Test
  void a_turn_masked_without_the_model_keeps_why_and_the_others_keep_nothing() {
    var call = Call.named();
    turnLog().append(call.turn(0, TurnOutcome.OK, EntityKind.NAME));
    turnLog().append(call.turnWithoutModel(1, ModelUnanswered.UNREACHABLE));
    turnLog().append(call.turnWithoutModel(2, ModelUnanswered.MALFORMED));
    awaitKept();

    assertThat(sessions(call.agent()))
        .singleElement()
        .extracting(KeptSession::turnModelPassSkips)
        .isEqualTo(List.of(Optional.empty(), Optional.of("unreachable"), Optional.of("malformed")));
  }

  @Test
  void each_request_without_a_session_key_is_a_session_of_its_own() {
    var unnamed = Call.unnamed();
    var one = unnamed.turn(0, TurnOutcome.OK, EntityKind.PHONE);
    var two = unnamed.turn(1, TurnOutcome.OK);
    turnLog().append(one);
    turnLog().append(two);
    awaitKept();

    var sessions = sessions(unnamed.agent());

    assertThat(sessions)
        .extracting(KeptSession::id, KeptSession::externalId, KeptSession::turnCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(one.session(), Optional.empty(), 1),
            org.assertj.core.groups.Tuple.tuple(two.session(), Optional.empty(), 1));
  }

  @Test
  void the_same_call_id_on_two_agents_is_two_sessions() {
    var call = Call.named();
    var sameIdElsewhere = new Call(AgentId.next(IDS), call.account(), call.externalId());
    turnLog().append(call.turn(0, TurnOutcome.OK));
    turnLog().append(sameIdElsewhere.turn(1, TurnOutcome.OK));
    awaitKept();

    assertThat(sessions(call.agent()))
        .singleElement()
        .extracting(KeptSession::turnCount)
        .isEqualTo(1);
    assertThat(sessions(sameIdElsewhere.agent()))
        .singleElement()
        .extracting(KeptSession::turnCount)
        .isEqualTo(1);
  }

  @Test
  void a_session_whose_turns_all_failed_is_an_error_unless_a_stream_was_cut_which_is_partial() {
    var failed = Call.named();
    var cut = Call.named();
    var fine = Call.named();
    for (int second = 0; second < 2; second++) {
      turnLog().append(failed.turn(second, TurnOutcome.FAILED));
      turnLog().append(fine.turn(second, TurnOutcome.OK));
    }
    turnLog().append(cut.turn(0, TurnOutcome.FAILED));
    turnLog().append(cut.turn(1, TurnOutcome.STREAM_BROKEN));
    awaitKept();

    assertThat(sessions(failed.agent()))
        .singleElement()
        .extracting(KeptSession::status)
        .isEqualTo("error");
    assertThat(sessions(cut.agent()))
        .singleElement()
        .extracting(KeptSession::status)
        .isEqualTo("partial");
    assertThat(sessions(fine.agent()))
        .singleElement()
        .extracting(KeptSession::status)
        .isEqualTo("ok");
  }

  @Test
  void concurrent_appends_to_one_call_give_exact_totals() throws Exception {
    var call = Call.named();
    int threads = 4;
    int perThread = 100;
    var pool = Executors.newFixedThreadPool(threads);
    var start = new CountDownLatch(1);
    try {
      var done = new ArrayList<Future<?>>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    var outcome = i % 10 == 0 ? TurnOutcome.FAILED : TurnOutcome.OK;
                    turnLog().append(call.turn(i, outcome, EntityKind.PHONE, EntityKind.NAME));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (var future : done) {
        future.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    awaitKept();

    int total = threads * perThread;
    var session = sessions(call.agent()).get(0);
    assertThat(session.turnCount()).isEqualTo(total);
    assertThat(session.failedTurnCount()).isEqualTo(total / 10);
    assertThat(session.redactionCount()).isEqualTo(2 * total);
    assertThat(session.redactionsByKind())
        .containsExactly(entry("NAME", (long) total), entry("PHONE", (long) total));
    assertThat(session.turnStarts()).hasSize(total);
  }

  @Test
  void a_null_record_is_counted_lost_without_an_exception_and_kept_records_are_not() {
    var call = Call.named();
    long before = turnLog().lostRecords();

    turnLog().append(call.turn(0, TurnOutcome.OK));
    turnLog().append(null);
    turnLog().append(call.turn(1, TurnOutcome.OK));
    awaitKept();

    assertThat(turnLog().lostRecords()).isEqualTo(before + 1);
    assertThat(sessions(call.agent()))
        .singleElement()
        .extracting(KeptSession::turnCount)
        .isEqualTo(2);
  }

  @Test
  void a_call_marked_started_before_its_first_turn_is_one_session_with_its_turns() {
    var call = Call.named();
    var started = call.mark(CallMark.Kind.STARTED, 0);
    turnLog().mark(started);
    awaitKept();

    var opened = sessions(call.agent());
    assertThat(opened)
        .singleElement()
        .satisfies(
            session -> {
              assertThat(session.id()).isEqualTo(started.session());
              assertThat(session.turnCount()).isZero();
              assertThat(session.status()).isEqualTo("ok");
              assertThat(session.startedAt()).isEqualTo(T0);
            });

    turnLog().append(call.turn(1, TurnOutcome.FAILED));
    turnLog().append(call.turn(2, TurnOutcome.FAILED));
    awaitKept();

    var session = sessions(call.agent()).get(0);
    assertThat(sessions(call.agent())).hasSize(1);
    assertThat(session.id()).isEqualTo(started.session());
    assertThat(session.turnCount()).isEqualTo(2);
    // The mark has no say in the status: every turn failed, so the call is an error.
    assertThat(session.status()).isEqualTo("error");
    assertThat(session.startedAt()).isEqualTo(T0);
  }

  @Test
  void a_call_marked_ended_keeps_the_session_of_its_turns_and_ends_it_then() {
    var call = Call.named();
    var first = call.turn(0, TurnOutcome.OK, EntityKind.PHONE);
    turnLog().append(first);
    turnLog().append(call.turn(1, TurnOutcome.OK));
    turnLog().mark(call.mark(CallMark.Kind.ENDED, 30));
    awaitKept();

    var session = sessions(call.agent());
    assertThat(session)
        .singleElement()
        .satisfies(
            kept -> {
              assertThat(kept.id()).isEqualTo(first.session());
              assertThat(kept.turnCount()).isEqualTo(2);
              assertThat(kept.redactionCount()).isEqualTo(1);
              assertThat(kept.status()).isEqualTo("ok");
              assertThat(kept.endedAt()).isEqualTo(T0.plusSeconds(30));
            });
  }

  @Test
  void a_null_mark_is_counted_lost_without_an_exception() {
    long before = turnLog().lostRecords();

    turnLog().mark(null);
    awaitKept();

    assertThat(turnLog().lostRecords()).isEqualTo(before + 1);
  }

  /**
   * A call on an agent of its own. As the proxy does, each turn carries a freshly generated session
   * id; the external id (a keyed hash, {@code xid_…}) ties the turns of a call together.
   */
  private record Call(AgentId agent, AccountId account, Optional<String> externalId) {
    static Call named() {
      var ulid = IDS.newUlid();
      return new Call(AgentId.next(IDS), AccountId.next(IDS), Optional.of("xid_" + base32(ulid)));
    }

    static Call unnamed() {
      return new Call(AgentId.next(IDS), AccountId.next(IDS), Optional.empty());
    }

    /** 32 letters of the base32 alphabet, like the proxy's keyed hashes. */
    private static String base32(String ulid) {
      var letters = new StringBuilder();
      for (char c : (ulid + ulid).toCharArray()) {
        letters.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt(c % 32));
      }
      return letters.substring(0, 32);
    }

    /** A turn {@code second} seconds after T0, lasting half a second, one redaction per kind. */
    TurnRecord turn(int second, TurnOutcome outcome, EntityKind... kinds) {
      var redactions =
          Arrays.stream(kinds)
              .map(
                  kind ->
                      new FieldMaskEvent(
                          2,
                          "content",
                          new MaskEvent(
                              kind,
                              11,
                              24,
                              Pass.REGEX,
                              0.95,
                              Action.TOKENIZE,
                              "MSKV1",
                              "K_HEALTHCARE")))
              .toList();
      var start = T0.plusSeconds(second);
      return new TurnRecord(
          SessionId.next(IDS),
          externalId,
          agent,
          account,
          "Front desk",
          start,
          start.plusMillis(500),
          outcome,
          outcome.failed() ? 502 : 200,
          Optional.of("gpt-4o-mini"),
          "healthcare-default",
          1,
          DURATIONS,
          redactions,
          List.of(),
          Optional.empty());
    }

    /** The platform's word that the call started or ended, {@code second} seconds after T0. */
    CallMark mark(CallMark.Kind kind, int second) {
      return new CallMark(
          kind,
          SessionId.next(IDS),
          externalId.orElseThrow(),
          agent,
          account,
          "Front desk",
          T0.plusSeconds(second),
          Optional.of("gpt-4o-mini"),
          "healthcare-default",
          1);
    }

    /** A turn like {@link #turn} whose texts the built-in passes masked without the model. */
    TurnRecord turnWithoutModel(int second, ModelUnanswered reason) {
      return turn(second, TurnOutcome.OK).withModelPassSkipped(new ModelPassSkip(reason, 1));
    }
  }
}
