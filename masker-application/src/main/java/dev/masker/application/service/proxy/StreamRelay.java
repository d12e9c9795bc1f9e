package dev.masker.application.service.proxy;

import dev.masker.application.port.in.ProxyChatUseCase.FrameSink;
import dev.masker.application.port.out.StreamListener;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.domain.chat.StreamedAnswer;
import dev.masker.domain.json.JsonSyntaxException;

/**
 * Passes a streamed upstream answer to the caller frame by frame, rehydrated as it goes. A frame
 * that is not a JSON object ends the stream as a malformed answer: it cannot be rehydrated, so it
 * is not passed. When the sink throws, the caller has gone away: that is noted ({@link
 * #callerGone()}) and the exception thrown on, which stops the upstream.
 */
final class StreamRelay implements StreamListener {
  private final StreamedAnswer answer;
  private final FrameSink sink;
  private final ErrorText errors;
  private boolean started;
  private boolean complete;
  private boolean callerGone;
  private UpstreamFailure failure;
  private long rehydrateNanos;

  /** Turns an upstream failure into a message safe to show the caller. */
  interface ErrorText {
    String of(UpstreamFailure failure);
  }

  StreamRelay(StreamedAnswer answer, FrameSink sink, ErrorText errors) {
    this.answer = answer;
    this.sink = sink;
    this.errors = errors;
  }

  @Override
  public void onEvent(String data) {
    long begun = System.nanoTime();
    String frame;
    try {
      frame = answer.chunk(data);
    } catch (JsonSyntaxException notJson) {
      failure = new UpstreamFailure.Malformed("a stream frame is not a JSON object");
      throw new Abandoned();
    } finally {
      rehydrateNanos += System.nanoTime() - begun;
    }
    started = true;
    toCaller(() -> sink.send(frame));
  }

  @Override
  public void onComplete() {
    long begun = System.nanoTime();
    var tail = answer.finish();
    rehydrateNanos += System.nanoTime() - begun;
    started = true;
    for (var frame : tail) {
      toCaller(() -> sink.send(frame));
    }
    toCaller(sink::done);
    complete = true;
  }

  @Override
  public void onFailure(UpstreamFailure failure) {
    this.failure = failure;
    if (started) {
      var message = errors.of(failure);
      toCaller(() -> sink.broken(failure, message));
    }
  }

  /**
   * Ends a stream whose frame could not be read (the failure says why), after the upstream call has
   * returned: a caller gone by then is only noted.
   */
  void abandon() {
    if (started && failure != null) {
      var message = errors.of(failure);
      try {
        toCaller(() -> sink.broken(failure, message));
      } catch (RuntimeException gone) {
        // Noted in callerGone; nothing is left to stop.
      }
    }
  }

  private void toCaller(Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      callerGone = true;
      throw e;
    }
  }

  boolean started() {
    return started;
  }

  boolean complete() {
    return complete;
  }

  /** Whether the sink threw: the caller went away. */
  boolean callerGone() {
    return callerGone;
  }

  UpstreamFailure failure() {
    return failure;
  }

  long rehydrateNanos() {
    return rehydrateNanos;
  }

  /** Thrown from {@link #onEvent} to stop the upstream when a frame cannot be read. */
  static final class Abandoned extends RuntimeException {
    Abandoned() {
      super("stream abandoned", null, false, false);
    }
  }
}
