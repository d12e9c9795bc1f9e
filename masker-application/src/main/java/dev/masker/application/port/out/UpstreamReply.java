package dev.masker.application.port.out;

/** What a non-streamed upstream request came to: the answer, or why there is none. */
public sealed interface UpstreamReply permits UpstreamReply.Completion, UpstreamFailure {

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
    public String toString() {
      return "Completion[status=" + status + ", " + body.length() + " chars]";
    }
  }
}
