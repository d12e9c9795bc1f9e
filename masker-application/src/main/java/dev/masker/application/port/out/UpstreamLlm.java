package dev.masker.application.port.out;

/**
 * An OpenAI-compatible Chat Completions upstream, spoken to in JSON text.
 *
 * <p>The port does not model the request or the answer: the proxy masks the request JSON, hands it
 * over as it is (unknown OpenAI fields included), and parses the answer itself. The caller's own
 * headers never reach this port, so they can never reach the upstream.
 *
 * <p>Failures are outcomes ({@link UpstreamFailure}), not exceptions: an upstream that is down,
 * slow or broken is an expected case.
 */
public interface UpstreamLlm {
  /**
   * Sends a non-streamed request and waits for the whole answer, at most {@link
   * UpstreamCall#timeout()} in total. A {@link UpstreamReply.Completion} always has a 2xx status
   * and a body that is a JSON object; anything else is an {@link UpstreamFailure}.
   */
  UpstreamReply complete(UpstreamCall call);

  /**
   * Sends a streamed request ({@code "stream": true} must already be in the body) and blocks until
   * the stream ends, calling {@code listener} on this thread, in order: {@link
   * StreamListener#onEvent} for each server-sent event as soon as it arrives, then exactly one of
   * {@link StreamListener#onComplete} (after {@code data: [DONE]}) or {@link
   * StreamListener#onFailure}. A failure may follow events (the upstream broke mid-stream).
   *
   * <p>{@link UpstreamCall#timeout()} bounds the wait for the answer's headers and every silence
   * between two pieces of the stream, not the whole stream.
   *
   * <p>If the listener throws, the upstream request is cancelled and the exception propagates from
   * this method; the listener is not called again. That is how a caller that went away stops the
   * upstream.
   */
  void stream(UpstreamCall call, StreamListener listener);
}
