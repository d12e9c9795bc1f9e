package dev.masker.domain.masking;

import java.util.List;
import java.util.Objects;

/**
 * The out-port of the {@code ner} pass: a model-based recognizer (a self-hosted NER service, an
 * LLM) implemented by an adapter. Masker works without one; when configured it adds recall.
 * Implementations report {@link Pass#NER} on their detections and may throw {@link
 * RecognizerUnavailable}; the policy's {@code ner.on_unavailable} decides whether that fails the
 * masking closed or lets the built-in passes mask the text alone.
 *
 * <p>The {@link Detector} {@linkplain #begin starts} the recognizer before it runs the built-in
 * passes and {@linkplain Pending#join joins} it after them, so a remote call costs the longer of
 * the two, not their sum. An implementation that calls a service overrides {@link #begin}; its
 * {@link Pending#join} returns within the implementation's own timeout.
 */
public interface EntityRecognizer extends Recognizer {
  @Override
  default Pass pass() {
    return Pass.NER;
  }

  /**
   * Starts finding the values of {@code text}; the answer is read by {@link Pending#join}. By
   * default the work is done at once, on the calling thread.
   */
  default Pending begin(String text) {
    var found = find(text);
    return () -> found;
  }

  /**
   * Told when a turn went on without this recognizer's answer because the policy says {@code
   * regex_only}: an implementation may count it. Never told the text.
   */
  default void skipped(RecognizerUnavailable cause) {}

  /** A recognition under way. */
  interface Pending {
    /**
     * The values found, as {@link #find} would return them.
     *
     * @throws RecognizerUnavailable when the recognizer cannot answer (in time)
     */
    List<Detection> join();

    /** The answer is no longer wanted (the masking failed for another reason). */
    default void abandon() {}
  }

  /** The recognizer cannot answer now; nothing may be sent on unmasked. */
  final class RecognizerUnavailable extends RuntimeException {
    private final ModelUnanswered reason;

    /** Unavailable for a reason not told: counted as {@link ModelUnanswered#UNREACHABLE}. */
    public RecognizerUnavailable(String message, Throwable cause) {
      this(ModelUnanswered.UNREACHABLE, message, cause);
    }

    public RecognizerUnavailable(ModelUnanswered reason, String message, Throwable cause) {
      super(message, cause);
      this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why there is no answer, in the fixed vocabulary that may be stored. */
    public ModelUnanswered reason() {
      return reason;
    }
  }
}
