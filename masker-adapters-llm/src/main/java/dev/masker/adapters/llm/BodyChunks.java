package dev.masker.adapters.llm;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A response body handed over piece by piece, as the HTTP client receives it, to a thread that
 * pulls with a time limit. One piece is requested at a time, so a slow reader slows the upstream
 * down instead of filling memory. The response itself is available as soon as its headers are.
 */
final class BodyChunks implements BodySubscriber<Void> {
  private static final Object END = new Object();

  private final BlockingQueue<Object> pieces = new LinkedBlockingQueue<>();
  private Flow.Subscription subscription;
  private boolean cancelled;
  private boolean ended;

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    boolean cancelNow;
    synchronized (this) {
      this.subscription = subscription;
      cancelNow = cancelled;
    }
    if (cancelNow) {
      subscription.cancel();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    pieces.add(item);
  }

  @Override
  public void onError(Throwable throwable) {
    pieces.add(new Failed(throwable));
  }

  @Override
  public void onComplete() {
    pieces.add(END);
  }

  @Override
  public CompletionStage<Void> getBody() {
    return CompletableFuture.completedFuture(null);
  }

  /**
   * The next piece of the body, or null at its end.
   *
   * @throws TimeoutException when nothing arrived within {@code wait}
   * @throws IOException when the connection failed
   */
  List<ByteBuffer> next(Duration wait) throws TimeoutException, IOException, InterruptedException {
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
    if (piece instanceof Failed) {
      ended = true;
      throw new IOException("response body failed", ((Failed) piece).cause);
    }
    Flow.Subscription s;
    synchronized (this) {
      s = subscription;
    }
    s.request(1);
    @SuppressWarnings("unchecked")
    var buffers = (List<ByteBuffer>) piece;
    return buffers;
  }

  /** Whether the whole body was read. */
  boolean ended() {
    return ended;
  }

  /** Stops receiving; the client closes the connection. Harmless after the end. */
  void cancel() {
    Flow.Subscription s;
    synchronized (this) {
      cancelled = true;
      s = subscription;
    }
    if (s != null && !ended) {
      s.cancel();
    }
  }

  private static final class Failed {
    final Throwable cause;

    Failed(Throwable cause) {
      this.cause = cause;
    }
  }
}
