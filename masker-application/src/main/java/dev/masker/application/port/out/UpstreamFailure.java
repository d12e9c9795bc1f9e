package dev.masker.application.port.out;

import java.time.Duration;
import java.util.function.Function;

/**
 * Why an upstream request gave no usable answer. SPEC §6 maps {@link TimedOut} to 504 and every
 * other case to 502 {@code upstream_error}; mid-stream, any case becomes the final error frame.
 *
 * <p>{@link #describe()} is safe to log: it never quotes the upstream's message or any body.
 */
public sealed interface UpstreamFailure extends UpstreamReply {

  /** A short description without any upstream text. */
  String describe();

  @Override
  default <T> T fold(
      Function<UpstreamReply.Completion, ? extends T> completion,
      Function<UpstreamFailure, ? extends T> failure) {
    return failure.apply(this);
  }

  /**
   * The upstream answered with a status outside 2xx (≥ 400 in practice: 429, 500, …).
   *
   * @param message the upstream's own error message ({@code error.message} of an OpenAI error
   *     body), or a description of the status when the body had none; upstream text, so it is
   *     masked before it goes anywhere and never logged
   */
  record ErrorStatus(int status, String message) implements UpstreamFailure {
    @Override
    public String describe() {
      return "upstream answered " + status;
    }

    @Override
    public String toString() {
      return "ErrorStatus[" + status + "]";
    }
  }

  /** No connection could be made: refused, unknown host, TLS handshake failed. */
  record Unreachable(String reason) implements UpstreamFailure {
    @Override
    public String describe() {
      return "upstream unreachable: " + reason;
    }
  }

  /** The connection broke after it was made: reset or closed before the answer was complete. */
  record ConnectionLost(String reason) implements UpstreamFailure {
    @Override
    public String describe() {
      return "upstream connection lost: " + reason;
    }
  }

  /** No answer (streamed: no next piece of the stream) within the call's timeout. */
  record TimedOut(Duration after) implements UpstreamFailure {
    @Override
    public String describe() {
      return "upstream timed out after " + after.toMillis() + " ms";
    }
  }

  /** The upstream answered 2xx with something that is not a JSON object or an event stream. */
  record Malformed(String reason) implements UpstreamFailure {
    @Override
    public String describe() {
      return "upstream answer malformed: " + reason;
    }
  }

  /** The provider is not configured on this server (its settings were removed). */
  record UnknownProvider(String provider) implements UpstreamFailure {
    @Override
    public String describe() {
      return "upstream provider not configured: " + provider;
    }
  }
}
