package dev.masker.adapters.rest.proxy;

import dev.masker.application.port.in.ProxyChatUseCase.FrameSink;
import dev.masker.application.port.in.ProxyChatUseCase.Outcome;
import dev.masker.application.port.out.UpstreamFailure;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * Writes a streamed answer as server-sent events: {@code data: {chunk}\n\n} frames, {@code data:
 * [DONE]\n\n} at the end, or an error frame when the upstream broke. Throws {@link CallerGone} once
 * the caller has closed the connection, which stops the upstream.
 */
final class EventStreamSink implements FrameSink {
  private final HttpServerResponse response;
  private final String requestId;
  private boolean open;

  EventStreamSink(HttpServerResponse response, String requestId) {
    this.response = response;
    this.requestId = requestId;
  }

  @Override
  public void send(String data) {
    write("data: " + data + "\n\n");
  }

  @Override
  public void done() {
    write("data: [DONE]\n\n");
    response.end();
  }

  @Override
  public void broken(UpstreamFailure failure, String message) {
    var error = ProxyRoute.upstreamError(new Outcome.UpstreamFailed(failure, message));
    write("data: " + error.json(requestId) + "\n\n");
    response.end();
  }

  boolean opened() {
    return open;
  }

  private void write(String frame) {
    if (response.closed() || response.ended()) {
      throw new CallerGone();
    }
    if (!open) {
      open = true;
      response
          .setStatusCode(200)
          .setChunked(true)
          .putHeader("Content-Type", "text/event-stream; charset=utf-8")
          .putHeader("Cache-Control", "no-cache")
          .putHeader("X-Accel-Buffering", "no");
    }
    response.write(Buffer.buffer(frame));
  }

  /** The caller closed the connection mid-stream. */
  static final class CallerGone extends RuntimeException {
    CallerGone() {
      super("the caller closed the connection", null, false, false);
    }
  }
}
