package dev.masker.adapters.persistence.session;

import static dev.masker.domain.masking.EntityKind.NAME;
import static dev.masker.domain.masking.EntityKind.PHONE;
import static dev.masker.domain.session.TurnOutcome.FAILED;
import static dev.masker.domain.session.TurnOutcome.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.masker.adapters.persistence.TestChainKey;
import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.MaskEvent;
import dev.masker.domain.masking.Pass;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresTurnLogTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject PostgresTurnLog turnLog;
  @Inject AgroalDataSource dataSource;
  private Rows rows;

  @BeforeEach
  void setUp() {
    rows = new Rows(dataSource);
  }

  @Test
  void appended_turns_are_written_by_one_daemon_thread_and_numbered_across_batches() {
    var call = Call.named();
    var first = call.turn(0, OK, PHONE);
    turnLog.append(first);
    turnLog.append(call.turn(1, OK, NAME));
    turnLog.append(call.turn(2, FAILED));
    assertThat(turnLog.flush(WAIT)).isTrue();
    turnLog.append(call.turn(3, OK, PHONE));
    turnLog.append(call.turn(4, OK));
    assertThat(turnLog.flush(WAIT)).isTrue();

    var session = rows.session(call);
    assertThat(session)
        .containsEntry("id", first.session().value())
        .containsEntry("turn_count", 5)
        .containsEntry("failed_turn_count", 1)
        .containsEntry("status", "partial")
        .containsEntry("redaction_count", 3)
        .containsEntry("upstream_ns", 1_500_000_000L);
    assertThat(rows.redactionsByKind(session.get("id")))
        .containsExactly(entry("NAME", 1L), entry("PHONE", 2L));
    assertThat(rows.turns(session.get("id")))
        .extracting(turn -> turn.get("turn"), turn -> turn.get("started_at"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Call.T0),
            org.assertj.core.groups.Tuple.tuple(2, Call.T0.plusSeconds(1)),
            org.assertj.core.groups.Tuple.tuple(3, Call.T0.plusSeconds(2)),
            org.assertj.core.groups.Tuple.tuple(4, Call.T0.plusSeconds(3)),
            org.assertj.core.groups.Tuple.tuple(5, Call.T0.plusSeconds(4)));

    // Other tests' own logs may still be stopping; every writer is a daemon.
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(thread -> thread.getName().equals(PostgresTurnLog.THREAD_NAME))
        .isNotEmpty()
        .allMatch(Thread::isDaemon);
  }

  @Test
  void turns_appended_before_the_writer_starts_are_written_as_one_batch() {
    var log =
        new PostgresTurnLog(
            dataSource, settings(100, 500, Duration.ofSeconds(30)), TestChainKey.KEY);
    try {
      var call = Call.named();
      for (int second = 0; second < 6; second++) {
        log.append(call.turn(second, second == 5 ? FAILED : OK, PHONE));
      }
      assertThat(log.queued()).isEqualTo(6);
      log.start();
      assertThat(log.flush(WAIT)).isTrue();

      var session = rows.session(call);
      assertThat(session)
          .containsEntry("turn_count", 6)
          .containsEntry("failed_turn_count", 1)
          .containsEntry("redaction_count", 6);
      assertThat(rows.turns(session.get("id")))
          .extracting(turn -> turn.get("outcome"))
          .containsExactly("ok", "ok", "ok", "ok", "ok", "failed");
      assertThat(log.lostRecords()).isZero();
    } finally {
      log.stop();
    }
  }

  @Test
  void concurrent_appends_to_one_call_give_exact_totals() throws Exception {
    var call = Call.named();
    int threads = 8;
    int perThread = 250;
    var pool = Executors.newFixedThreadPool(threads);
    var start = new CountDownLatch(1);
    try {
      var done = new ArrayList<java.util.concurrent.Future<?>>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    turnLog.append(call.turn(i, i % 10 == 0 ? FAILED : OK, PHONE, NAME));
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
    assertThat(turnLog.flush(WAIT)).isTrue();

    int total = threads * perThread;
    var session = rows.session(call);
    assertThat(session)
        .containsEntry("turn_count", total)
        .containsEntry("failed_turn_count", total / 10)
        .containsEntry("redaction_count", 2 * total)
        .containsEntry("detection_ns", total * Call.DURATIONS.detection())
        .containsEntry("upstream_ns", total * Call.DURATIONS.upstream());
    assertThat(rows.redactionsByKind(session.get("id")))
        .containsExactly(entry("NAME", (long) total), entry("PHONE", (long) total));
    var turns = rows.turns(session.get("id"));
    assertThat(turns).extracting(turn -> turn.get("turn")).doesNotHaveDuplicates().hasSize(total);
    assertThat(turns.get(total - 1)).containsEntry("turn", total);
    assertThat(rows.events(session.get("id"))).hasSize(2 * total);
  }

  @Test
  void turns_appended_while_the_database_is_down_are_written_when_it_is_back() throws Exception {
    var call = Call.named();
    var unnamed = Call.unnamed();
    long lostBefore = turnLog.lostRecords();
    assertThat(turnLog.flush(WAIT)).isTrue();
    long failedBefore = turnLog.failedWrites();
    TestDatabase.cut();
    try {
      for (int second = 0; second < 10; second++) {
        turnLog.append(call.turn(second, OK, PHONE));
        turnLog.append(unnamed.turn(second, OK));
      }
      // The writer has failed twice and keeps retrying; the queue still takes records.
      awaitUntil(() -> turnLog.failedWrites() >= failedBefore + 2);
      for (int second = 10; second < 20; second++) {
        turnLog.append(call.turn(second, OK, PHONE));
        turnLog.append(unnamed.turn(second, OK));
      }
      assertThat(turnLog.flush(Duration.ofMillis(100))).isFalse();
    } finally {
      TestDatabase.restore();
    }
    assertThat(turnLog.flush(WAIT)).isTrue();

    var session = rows.session(call);
    assertThat(session).containsEntry("turn_count", 20).containsEntry("redaction_count", 20);
    assertThat(rows.turns(session.get("id")))
        .extracting(turn -> turn.get("started_at"))
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, 20).mapToObj(Call.T0::plusSeconds).toList());
    assertThat(rows.sessions(unnamed)).hasSize(20);
    assertThat(turnLog.lostRecords()).isEqualTo(lostBefore);
  }

  @Test
  void turns_appended_while_the_database_is_frozen_are_written_after_the_thaw() throws Exception {
    var call = Call.named();
    long lostBefore = turnLog.lostRecords();
    assertThat(turnLog.flush(WAIT)).isTrue();
    TestDatabase.hold();
    try {
      for (int second = 0; second < 5; second++) {
        turnLog.append(call.turn(second, OK, PHONE));
      }
      assertThat(turnLog.flush(Duration.ofMillis(300))).isFalse();
    } finally {
      TestDatabase.restore();
    }
    assertThat(turnLog.flush(WAIT)).isTrue();

    assertThat(rows.session(call)).containsEntry("turn_count", 5);
    assertThat(turnLog.lostRecords()).isEqualTo(lostBefore);
  }

  @Test
  void a_full_queue_counts_the_records_it_refuses_and_append_still_returns_at_once()
      throws Exception {
    var log =
        new PostgresTurnLog(dataSource, settings(4, 1, Duration.ofSeconds(30)), TestChainKey.KEY);
    log.start();
    var call = Call.named();
    try {
      TestDatabase.cut();
      try {
        log.append(call.turn(0, OK));
        awaitUntil(() -> log.queued() == 0);
        for (int second = 1; second <= 4; second++) {
          log.append(call.turn(second, OK));
        }
        assertThat(log.lostRecords()).isZero();

        var refused = call.turn(99, OK);
        // The writer is stuck on the cut database until the restore below, so an append that
        // waited for room would never return: the guard is for a hang, not a speed limit.
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> {
              for (int i = 0; i < 10_000; i++) {
                log.append(refused);
              }
            });
        assertThat(log.lostRecords()).isEqualTo(10_000);
      } finally {
        TestDatabase.restore();
      }
      assertThat(log.flush(WAIT)).isTrue();
      assertThat(rows.session(call)).containsEntry("turn_count", 5);
      assertThat(log.lostRecords()).isEqualTo(10_000);
    } finally {
      log.stop();
    }
  }

  @Test
  void records_are_counted_lost_when_the_database_stays_away_past_the_retry_window()
      throws Exception {
    var log =
        new PostgresTurnLog(
            dataSource, settings(100, 500, Duration.ofMillis(300)), TestChainKey.KEY);
    log.start();
    var call = Call.named();
    try {
      TestDatabase.cut();
      try {
        log.append(call.turn(0, OK));
        log.append(call.turn(1, OK));
        log.append(call.turn(2, OK));
        assertThat(log.flush(WAIT)).isTrue();
        assertThat(log.lostRecords()).isEqualTo(3);
      } finally {
        TestDatabase.restore();
      }
      // The writer lives on.
      log.append(call.turn(3, OK));
      assertThat(log.flush(WAIT)).isTrue();
      assertThat(rows.session(call)).containsEntry("turn_count", 1);
      assertThat(log.lostRecords()).isEqualTo(3);
    } finally {
      log.stop();
    }
  }

  @Test
  void a_record_the_database_refuses_is_lost_alone() {
    var call = Call.named();
    long lostBefore = turnLog.lostRecords();
    var badKid =
        new FieldMaskEvent(
            0,
            "content",
            new MaskEvent(PHONE, 0, 4, Pass.REGEX, 0.9, Action.TOKENIZE, "MSKV1", "not a kid"));
    turnLog.append(call.turn(0, OK, PHONE));
    turnLog.append(call.turn(1, OK, List.of(badKid), List.of()));
    turnLog.append(call.turn(2, OK, NAME));
    assertThat(turnLog.flush(WAIT)).isTrue();

    assertThat(turnLog.lostRecords()).isEqualTo(lostBefore + 1);
    var session = rows.session(call);
    assertThat(session).containsEntry("turn_count", 2).containsEntry("redaction_count", 2);
    assertThat(rows.turns(session.get("id")))
        .extracting(turn -> turn.get("started_at"))
        .containsExactly(Call.T0, Call.T0.plusSeconds(2));
  }

  @Test
  void stopping_writes_what_is_queued_and_counts_later_appends_lost() {
    var log =
        new PostgresTurnLog(
            dataSource, settings(100, 500, Duration.ofSeconds(30)), TestChainKey.KEY);
    var call = Call.named();
    for (int second = 0; second < 3; second++) {
      log.append(call.turn(second, OK));
    }
    log.start();
    log.stop();

    assertThat(rows.session(call)).containsEntry("turn_count", 3);
    log.append(call.turn(3, OK));
    assertThat(log.lostRecords()).isEqualTo(1);
    assertThat(log.queued()).isZero();
  }

  private static TurnLogSettings settings(int capacity, int batchSize, Duration retryWindow) {
    return new TurnLogSettings(
        capacity, batchSize, Duration.ofMillis(20), retryWindow, Duration.ofSeconds(30));
  }

  /** Polls until the condition holds; fails after a generous deadline. */
  private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("condition not reached within " + WAIT);
      }
      Thread.sleep(5);
    }
  }
}
