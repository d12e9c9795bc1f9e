package dev.masker.adapters.llm;

/** The upstream's event stream cannot be relayed; the message quotes none of it. */
final class MalformedEventStream extends RuntimeException {
  MalformedEventStream(String reason) {
    super(reason, null, false, false);
  }
}
