package dev.masker.application.service.proxy;

import dev.masker.domain.chat.TextMask;
import dev.masker.domain.masking.MaskedText;
import dev.masker.domain.masking.Masker;
import java.util.List;

/**
 * Masks the strings of one turn in one session: what the session already masked comes from the
 * {@link MaskedHistory} (no detection, no event: it was recorded in its own turn); new text is
 * detected and tokenized, each stage timed.
 */
final class SessionMask implements TextMask {
  private final Masker masker;
  private final String scope;
  private final MaskedHistory history;
  private long detectionNanos;
  private long tokenizeNanos;

  SessionMask(Masker masker, String scope, MaskedHistory history) {
    this.masker = masker;
    this.scope = scope;
    this.history = history;
  }

  @Override
  public MaskedText apply(String text) {
    long started = System.nanoTime();
    var key = MaskedHistory.key(scope, text);
    var known = history.get(key);
    if (known != null) {
      detectionNanos += System.nanoTime() - started;
      return new MaskedText(known, List.of());
    }
    var detections = masker.detect(text);
    long detected = System.nanoTime();
    var masked = masker.mask(scope, text, detections);
    history.put(key, masked.text());
    detectionNanos += detected - started;
    tokenizeNanos += System.nanoTime() - detected;
    return masked;
  }

  long detectionNanos() {
    return detectionNanos;
  }

  long tokenizeNanos() {
    return tokenizeNanos;
  }
}
