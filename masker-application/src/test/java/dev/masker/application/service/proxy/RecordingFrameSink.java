package dev.masker.application.service.proxy;

import dev.masker.application.port.in.ProxyChatUseCase.FrameSink;
import dev.masker.application.port.out.UpstreamFailure;
import java.util.ArrayList;
import java.util.List;

/** A caller of a streamed answer: keeps what it got, and can go away at a chosen point. */
final class RecordingFrameSink implements FrameSink {
  /** How a caller that went away makes the sink fail. */
  static final class CallerGone extends RuntimeException {
    CallerGone() {
      super("the caller closed the connection");
    }
  }

  /** A failure frame the sink got: the failure and the message shown. */
  record Broken(UpstreamFailure failure, String message) {}

  final List<String> frames = new ArrayList<>();
  final List<Broken> broken = new ArrayList<>();
  int done;
  private int goneAfterFrames = Integer.MAX_VALUE;
  private boolean goneAtEnd;

  /** The caller goes away after receiving {@code frames} frames: the next send throws. */
  RecordingFrameSink goneAfter(int frames) {
    this.goneAfterFrames = frames;
    return this;
  }

  /** The caller is gone when the end of the stream ({@code [DONE]} or the error frame) comes. */
  RecordingFrameSink goneAtEnd() {
    this.goneAtEnd = true;
    return this;
  }

  @Override
  public void send(String data) {
    if (frames.size() >= goneAfterFrames) {
      throw new CallerGone();
    }
    frames.add(data);
  }

  @Override
  public void done() {
    if (goneAtEnd) {
      throw new CallerGone();
    }
    done++;
  }

  @Override
  public void broken(UpstreamFailure failure, String message) {
    if (goneAtEnd) {
      throw new CallerGone();
    }
    broken.add(new Broken(failure, message));
  }
}
