package dev.masker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.port.out.StoreUnavailable;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request path's deadline, without a database: work that never ends, and work that does. */
class DatabaseDeadlineTest {
  private final CountDownLatch thaw = new CountDownLatch(1);
  private final DatabaseDeadline deadline = new DatabaseDeadline(Duration.ofMillis(50), 1);

  /** For work that must finish: a deadline no machine misses. */
  private final DatabaseDeadline patient = new DatabaseDeadline(Duration.ofSeconds(60), 1);

  @AfterEach
  void stop() {
    thaw.countDown();
    deadline.stop();
    patient.stop();
  }

  @Test
  void work_that_does_not_finish_in_time_fails_its_caller_with_store_unavailable()
      throws Exception {
    assertThatThrownBy(() -> deadline.call(this::stuck))
        .isInstanceOf(StoreUnavailable.class)
        .hasMessage("the database did not answer within 50 ms");
  }

  @Test
  void work_whose_caller_gave_up_before_it_started_never_runs() throws Exception {
    var ran = new AtomicBoolean();
    assertThatThrownBy(() -> deadline.call(this::stuck)).isInstanceOf(StoreUnavailable.class);
    // The only worker is stuck: this work waits in the queue until its caller gives up.
    assertThatThrownBy(() -> deadline.call(() -> ran.getAndSet(true)))
        .isInstanceOf(StoreUnavailable.class);

    thaw.countDown();
    // Runs after the abandoned one has left the queue (one worker, first come first served).
    assertThat(awaitAnswer()).isEqualTo("answered");
    assertThat(ran).isFalse();
  }

  @Test
  void results_and_failures_of_the_work_reach_the_caller_as_they_were() throws Exception {
    var refused = new SQLException("refused", "23514");
    var bug = new IllegalStateException("bug");

    assertThat(patient.call(() -> 42)).isEqualTo(42);
    assertThatThrownBy(
            () ->
                patient.call(
                    () -> {
                      throw refused;
                    }))
        .isSameAs(refused);
    assertThatThrownBy(
            () ->
                patient.call(
                    () -> {
                      throw bug;
                    }))
        .isSameAs(bug);
  }

  @Test
  void work_started_from_a_worker_runs_in_place() throws Exception {
    var workers = new String[2];
    patient.call(
        () -> {
          workers[0] = Thread.currentThread().getName();
          // With one worker, handing this over would wait for ourselves.
          return patient.call(() -> workers[1] = Thread.currentThread().getName());
        });

    assertThat(workers[0]).startsWith("masker-db-").isEqualTo(workers[1]);
  }

  @Test
  void before_the_server_has_started_work_runs_in_place_without_the_deadline() throws Exception {
    var atStart = new DatabaseDeadline(50, 1);
    try {
      var caller = Thread.currentThread().getName();
      assertThat(atStart.call(() -> Thread.currentThread().getName())).isEqualTo(caller);

      atStart.onStarted(null);

      assertThatThrownBy(() -> atStart.call(this::stuck)).isInstanceOf(StoreUnavailable.class);
    } finally {
      atStart.stop();
    }
  }

  private String stuck() {
    try {
      thaw.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "thawed";
  }

  /** Calls until an answer comes in time (the worker may still be finishing the stuck work). */
  private String awaitAnswer() throws SQLException {
    while (true) {
      try {
        return deadline.call(() -> "answered");
      } catch (StoreUnavailable stillBusy) {
        // the thawed work is still on its way out
      }
    }
  }
}
