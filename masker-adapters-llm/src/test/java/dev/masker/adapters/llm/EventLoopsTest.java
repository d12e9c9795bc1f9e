package dev.masker.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventLoopsTest {
  private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(4));

  @AfterEach
  void closeVertx() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }

  private static Set<Thread> threadsOf(Context[] contexts) {
    var threads = new HashSet<Thread>();
    for (var context : contexts) {
      var thread = new CompletableFuture<Thread>();
      context.runOnContext(ignored -> thread.complete(Thread.currentThread()));
      threads.add(thread.join());
    }
    return threads;
  }

  @Test
  void each_context_runs_on_an_event_loop_of_its_own() {
    var eventLoops = EventLoops.take(vertx, 3);

    var contexts = eventLoops.contexts();
    assertThat(contexts).hasSize(3).allMatch(Context::isEventLoopContext);
    assertThat(threadsOf(contexts)).hasSize(3);
    assertThat(Arrays.stream(contexts).distinct()).hasSize(3);
  }

  @Test
  void closing_undeploys_the_verticles_that_hold_the_contexts() {
    var eventLoops = EventLoops.take(vertx, 2);
    assertThat(vertx.deploymentIDs()).hasSize(1);

    eventLoops.close().toCompletionStage().toCompletableFuture().join();

    assertThat(vertx.deploymentIDs()).isEmpty();
  }

  @Test
  void taking_event_loops_on_an_event_loop_is_refused() {
    var refused = new CompletableFuture<Throwable>();
    vertx.runOnContext(
        ignored -> {
          try {
            EventLoops.take(vertx, 1);
            refused.complete(null);
          } catch (IllegalStateException e) {
            refused.complete(e);
          }
        });

    assertThat(refused.join()).isInstanceOf(IllegalStateException.class);
  }
}
