package dev.masker.domain.masking.token;

import dev.masker.domain.masking.EntityKind;

/**
 * The text of the {@code redact} action, {@code [REDACTED:KIND]}: what stands in a masked text for
 * a value that is never given back, and what rehydration writes for a token it cannot open.
 */
public final class RedactedText {
  private RedactedText() {}

  /** The redacted text of a kind: {@code [REDACTED:PHONE]}. */
  public static String of(EntityKind kind) {
    return "[REDACTED:" + kind.name() + "]";
  }
}
