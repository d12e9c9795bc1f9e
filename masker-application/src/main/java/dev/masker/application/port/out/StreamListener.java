package dev.masker.application.port.out;

/**
 * Receives a streamed answer from {@link UpstreamLlm#stream}, piece by piece, on the thread that
 * called it.
 */
public interface StreamListener {
  /**
   * One server-sent event's {@code data}: a {@code chat.completion.chunk} JSON object (the usage
   * chunk with {@code choices: []} included), delivered as soon as the event is complete. The
   * closing {@code [DONE]} is not an event: it is {@link #onComplete()}.
   */
  void onEvent(String data);

  /** The upstream sent {@code data: [DONE]}; nothing follows. */
  void onComplete();

  /** The stream failed, before or after some events; nothing follows. */
  void onFailure(UpstreamFailure failure);
}
