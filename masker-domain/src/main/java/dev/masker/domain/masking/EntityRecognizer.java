package dev.masker.domain.masking;

/**
 * The out-port of the {@code ner} pass: a model-based recognizer (a self-hosted NER service, an
 * LLM) implemented by an adapter. Masker works without one; when configured it adds recall.
 * Implementations report {@link Pass#NER} on their detections and may throw {@link
 * RecognizerUnavailable}, which fails the masking closed.
 */
public interface EntityRecognizer extends Recognizer {
  @Override
  default Pass pass() {
    return Pass.NER;
  }

  /** The recognizer cannot answer now; nothing may be sent on unmasked. */
  final class RecognizerUnavailable extends RuntimeException {
    public RecognizerUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
