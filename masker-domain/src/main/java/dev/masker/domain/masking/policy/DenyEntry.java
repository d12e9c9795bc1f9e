package dev.masker.domain.masking.policy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.masking.EntityKind;
import java.util.Objects;

/** A value a policy always masks, as the given kind, wherever it occurs as a whole word. */
public record DenyEntry(EntityKind kind, String value) {
  /** Longest value accepted: deny lists hold names and identifiers, not paragraphs. */
  public static final int MAX_LENGTH = 200;

  public DenyEntry {
    Objects.requireNonNull(kind, "kind");
    if (value == null || value.isBlank()) {
      throw new InvalidValue("deny_list.value", "must not be empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValue("deny_list.value", "must be at most " + MAX_LENGTH + " chars");
    }
    value = value.strip();
  }

  @Override
  public String toString() {
    // Never the value: it is the personal data itself.
    return "DenyEntry[" + kind + "]";
  }
}
