package dev.masker.application.port.out;

import java.util.function.Function;

/** What a non-streamed upstream request came to: the answer, or why there is none. */
public sealed interface UpstreamReply permits UpstreamReply.Completion, UpstreamFailure {

  /**
   * The function for this case applied to it: the answer, or the failure (whose own cases {@link
   * UpstreamFailure} describes).
   */
  <T> T fold(
      Function<Completion, ? extends T> completion, Function<UpstreamFailure, ? extends T> failure);

  /**
   * The upstream's answer.
   *
   * @param status the upstream's 2xx status
   * @param body the answer as sent, a JSON object ({@code chat.completion})
   */
  record Completion(int status, String body) implements UpstreamReply {
    public Completion {
      if (status < 200 || status > 299) {
        throw new IllegalArgumentException("a completion has a 2xx status");
      }
      if (body == null) {
        throw new IllegalArgumentException("body is required");
      }
    }

    @Override
    public <T> T fold(
        Function<Completion, ? extends T> completion,
        Function<UpstreamFailure, ? extends T> failure) {
      return completion.apply(this);
    }

    @Override
    public String toString() {
      return "Completion[status=" + status + ", " + body.length() + " chars]";
    }
  }
}
