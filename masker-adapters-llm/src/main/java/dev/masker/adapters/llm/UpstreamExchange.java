package dev.masker.adapters.llm;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One request to an upstream and its answer, handed from the Vert.x event loop where the REST
 * client receives it to the thread that waits for it: the answer's pieces one by one, each taken
 * with a time limit. Cancelling it closes the request's connection instead of returning it to the
 * pool.
 *
 * <p>The REST client does not pause the connection when the waiting thread falls behind, so the
 * pieces not yet taken wait here: a streamed answer's events are held until the listener has taken
 * them.
 *
 * @param <T> what one piece is: a whole body, or the data of one server-sent event
 */
final class UpstreamExchange<T> implements Flow.Subscriber<T> {
  private static final Object END = new Object();

  private record Broken(Throwable cause) {}

  private final BlockingQueue<Object> pieces = new LinkedBlockingQueue<>();
  private volatile Flow.Subscription subscription;
  private volatile boolean cancelled;
  private volatile boolean ended;

  private UpstreamExchange() {}

  /** Sends the request (subscribing to {@code answer} does) and returns at once. */
  static <T> UpstreamExchange<T> start(Uni<T> answer) {
    return start(answer.toMulti());
  }

  /** Sends the request (subscribing to {@code answer} does) and returns at once. */
  static <T> UpstreamExchange<T> start(Multi<T> answer) {
    var exchange = new UpstreamExchange<T>();
    answer.subscribe().withSubscriber(exchange);
    return exchange;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (cancelled) {
      subscription.cancel();
    } else {
      subscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(T item) {
    pieces.add(item);
  }

  @Override
  public void onError(Throwable failure) {
    pieces.add(new Broken(failure));
  }

  @Override
  public void onComplete() {
    pieces.add(END);
  }

  /**
   * The next piece of the answer, or null at its end.
   *
   * @throws TimeoutException when nothing arrived within {@code wait}
   * @throws IOException when the request failed; its cause is the failure
   */
  @SuppressWarnings("unchecked")
  T next(Duration wait) throws TimeoutException, IOException, InterruptedException {
    if (ended) {
      return null;
    }
    Object piece = pieces.poll(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
    if (piece == null) {
      throw new TimeoutException();
    }
    if (piece == END) {
      ended = true;
      return null;
    }
    if (piece instanceof Broken broken) {
      ended = true;
      throw new IOException("the upstream exchange failed", broken.cause());
    }
    return (T) piece;
  }

  /**
   * Stops the exchange unless its answer was read to the end: the connection is closed instead of
   * going back to the pool. Harmless after the end.
   */
  void cancel() {
    if (ended || cancelled) {
      return;
    }
    cancelled = true;
    var subscribed = subscription;
    if (subscribed != null) {
      subscribed.cancel();
    }
  }
}
