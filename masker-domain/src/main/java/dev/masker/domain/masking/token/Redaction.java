package dev.masker.domain.masking.token;

import dev.masker.domain.masking.EntityKind;

/** The {@code redact} action: {@code [REDACTED:KIND]}, never reversible. */
public final class Redaction implements Tokenizer {
  public static final Redaction INSTANCE = new Redaction();

  private Redaction() {}

  /** The redaction text of a kind. */
  public static String of(EntityKind kind) {
    return "[REDACTED:" + kind.name() + "]";
  }

  @Override
  public Replacement replace(String sessionId, EntityKind kind, String surface, String canonical) {
    return new Replacement(of(kind), null, null);
  }
}
