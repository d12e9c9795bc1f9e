package dev.masker.adapters.llm;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;

/**
 * Event-loop contexts for the upstream calls, spread over several event loops, obtained through
 * Vert.x's public API: a verticle deployed in {@code n} instances, each of which Vert.x gives a
 * context of its own on the next event loop. The verticles do nothing else; undeploying them at
 * {@link #close()} gives the contexts back.
 *
 * <p>({@code Vertx.getOrCreateContext()} would not do: called from a thread outside Vert.x it gives
 * every call from that thread the same context, and from a request's thread that request's context,
 * so the calls would crowd onto few event loops.)
 */
final class EventLoops {
  private final Vertx vertx;
  private final String deployment;
  private final Context[] contexts;

  private EventLoops(Vertx vertx, String deployment, Context[] contexts) {
    this.vertx = vertx;
    this.deployment = deployment;
    this.contexts = contexts;
  }

  /**
   * {@code n} contexts on distinct event loops (as far as Vert.x has that many loops). Waits for
   * the deployment, so it must not run on an event loop (the server builds the upstream client at
   * startup, on its main thread).
   */
  static EventLoops take(Vertx vertx, int n) {
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException("event loops are taken at startup, not on an event loop");
    }
    List<Context> taken = new ArrayList<>();
    String deployment =
        vertx
            .deployVerticle(
                () ->
                    new AbstractVerticle() {
                      @Override
                      public void start() {
                        synchronized (taken) {
                          taken.add(context);
                        }
                      }
                    },
                new DeploymentOptions().setInstances(n))
            .toCompletionStage()
            .toCompletableFuture()
            .join();
    synchronized (taken) {
      return new EventLoops(vertx, deployment, taken.toArray(new Context[0]));
    }
  }

  /** The contexts, one per verticle instance. */
  Context[] contexts() {
    return contexts.clone();
  }

  /** Undeploys the verticles; completes when they are gone. */
  Future<Void> close() {
    return vertx.undeploy(deployment);
  }
}
