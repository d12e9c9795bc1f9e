package dev.masker.adapters.llm;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One request to an upstream and its answer, handed from the Vert.x event loop that does the I/O to
 * the thread that waits for it: first the {@link Head}, then the body piece by piece as it arrives,
 * each taken with a time limit. When the waiting thread falls behind, the upstream connection is
 * paused, so a slow reader slows the upstream down instead of filling memory.
 */
final class UpstreamExchange {
  /** Pieces waiting to be read before the connection is paused, and below which it resumes. */
  private static final int HIGH_WATER = 32;

  private static final int LOW_WATER = 8;

  private static final Object END = new Object();

  /** The answer's status and content type, available as soon as its headers are. */
  record Head(int status, String contentType) {}

  private record Broken(Throwable cause) {}

  private final Context context;
  private final BlockingQueue<Object> pieces = new LinkedBlockingQueue<>();
  private final AtomicInteger queuedBodyPieces = new AtomicInteger();
  private volatile HttpClientRequest request;
  private volatile HttpClientResponse response;
  private volatile boolean paused;
  private volatile boolean cancelled;
  private volatile boolean ended;

  private UpstreamExchange(Context context) {
    this.context = context;
  }

  /** Sends the request on {@code context}'s event loop and returns at once. */
  static UpstreamExchange start(
      Context context, HttpClient http, RequestOptions options, Buffer body) {
    var exchange = new UpstreamExchange(context);
    context.runOnContext(ignored -> exchange.send(http, options, body));
    return exchange;
  }

  private void send(HttpClient http, RequestOptions options, Buffer body) {
    if (cancelled) {
      return;
    }
    http.request(options)
        .onComplete(
            opened -> {
              if (opened.failed()) {
                pieces.add(new Broken(opened.cause()));
                return;
              }
              request = opened.result();
              if (cancelled) {
                request.reset();
                return;
              }
              request
                  .send(body)
                  .onComplete(
                      answered -> {
                        if (answered.failed()) {
                          pieces.add(new Broken(answered.cause()));
                        } else {
                          receive(answered.result());
                        }
                      });
            });
  }

  private void receive(HttpClientResponse answer) {
    response = answer;
    pieces.add(new Head(answer.statusCode(), answer.getHeader("content-type")));
    answer.handler(
        buffer -> {
          pieces.add(buffer.getBytes());
          if (queuedBodyPieces.incrementAndGet() >= HIGH_WATER && !paused) {
            paused = true;
            answer.pause();
          }
        });
    answer.exceptionHandler(failure -> pieces.add(new Broken(failure)));
    answer.endHandler(ignored -> pieces.add(END));
  }

  /**
   * The answer's head.
   *
   * @throws TimeoutException when it did not come within {@code wait}
   * @throws IOException when the request failed; its cause is the failure
   */
  Head head(Duration wait) throws TimeoutException, IOException, InterruptedException {
    var piece = take(wait);
    if (piece instanceof Head) {
      return (Head) piece;
    }
    throw new IOException("the upstream sent no head");
  }

  /**
   * The next piece of the body, or null at its end.
   *
   * @throws TimeoutException when nothing arrived within {@code wait}
   * @throws IOException when the connection failed; its cause is the failure
   */
  byte[] next(Duration wait) throws TimeoutException, IOException, InterruptedException {
    if (ended) {
      return null;
    }
    var piece = take(wait);
    if (piece == END) {
      ended = true;
      return null;
    }
    if (!(piece instanceof byte[])) {
      throw new IOException("unexpected " + piece.getClass().getSimpleName());
    }
    if (queuedBodyPieces.decrementAndGet() <= LOW_WATER && paused) {
      paused = false;
      context.runOnContext(ignored -> response.resume());
    }
    return (byte[]) piece;
  }

  private Object take(Duration wait) throws TimeoutException, IOException, InterruptedException {
    Object piece = pieces.poll(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
    if (piece == null) {
      throw new TimeoutException();
    }
    if (piece instanceof Broken) {
      ended = true;
      throw new IOException("the upstream exchange failed", ((Broken) piece).cause());
    }
    return piece;
  }

  /** Whether the whole body was read. */
  boolean ended() {
    return ended;
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
    context.runOnContext(
        ignored -> {
          var sent = request;
          if (sent != null) {
            sent.reset();
          }
        });
  }
}
