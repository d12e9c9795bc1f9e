package dev.masker.application.service.proxy;

import dev.masker.application.port.in.ProxyChatUseCase.FrameSink;
import dev.masker.application.port.out.UpstreamFailure;

/**
 * Passes frames on to the caller and keeps a copy of their data, one frame a line: the response
 * payload of a streamed turn whose policy keeps payloads.
 */
final class FrameCopy implements FrameSink {
  private final FrameSink caller;
  private final StringBuilder copy = new StringBuilder();

  FrameCopy(FrameSink caller) {
    this.caller = caller;
  }

  @Override
  public void send(String data) {
    caller.send(data);
    copy.append(data).append('\n');
  }

  @Override
  public void done() {
    caller.done();
  }

  @Override
  public void broken(UpstreamFailure failure, String message) {
    caller.broken(failure, message);
  }

  boolean any() {
    return !copy.isEmpty();
  }

  String frames() {
    return copy.toString();
  }
}
