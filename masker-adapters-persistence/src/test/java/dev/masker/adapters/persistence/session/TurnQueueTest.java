package dev.masker.adapters.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.session.TurnOutcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TurnQueueTest {
  private static final Duration LONG = Duration.ofMinutes(1);

  private final ExecutorService writer = Executors.newSingleThreadExecutor();
  private final Call call = Call.named();

  @AfterEach
  void tearDown() {
    writer.shutdownNow();
  }

  @Test
  void the_writer_lingers_for_a_full_batch_and_takes_it_at_once() throws Exception {
    var queue = new TurnQueue(100, 3);
    Future<List<TurnQueue.Entry>> taken = writer.submit(() -> queue.take(LONG, LONG));

    for (int second = 0; second < 3; second++) {
      assertThat(queue.offer(call.turn(second, TurnOutcome.OK))).isTrue();
    }

    assertThat(taken.get(30, TimeUnit.SECONDS))
        .extracting(TurnQueue.Entry::seq)
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void lingering_ends_after_its_time_with_what_came() throws Exception {
    var queue = new TurnQueue(100, 50);
    queue.offer(call.turn(0, TurnOutcome.OK));
    queue.offer(call.turn(1, TurnOutcome.OK));

    var batch =
        writer.submit(() -> queue.take(LONG, Duration.ofMillis(30))).get(30, TimeUnit.SECONDS);

    assertThat(batch).hasSize(2);
    assertThat(queue.size()).isZero();
  }

  @Test
  void a_flush_cuts_the_lingering_short() throws Exception {
    var queue = new TurnQueue(100, 50);
    var written =
        CompletableFuture.runAsync(
            () -> {
              try {
                var batch = queue.take(LONG, LONG);
                queue.done(batch.get(batch.size() - 1).seq());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            writer);
    queue.offer(call.turn(0, TurnOutcome.OK));

    assertThat(queue.awaitDone(Duration.ofSeconds(30))).isTrue();
    written.get(30, TimeUnit.SECONDS);
  }

  @Test
  void a_full_queue_refuses_more() {
    var queue = new TurnQueue(2, 50);

    assertThat(queue.offer(call.turn(0, TurnOutcome.OK))).isTrue();
    assertThat(queue.offer(call.turn(1, TurnOutcome.OK))).isTrue();
    assertThat(queue.offer(call.turn(2, TurnOutcome.OK))).isFalse();
    assertThat(queue.size()).isEqualTo(2);
  }
}
