package dev.masker.domain.masking.eval;

import dev.masker.domain.masking.EntityKind;
import java.util.Objects;

/**
 * One labelled value of a corpus example: its kind and where it is, {@code [start, end)} in UTF-16
 * chars of the example's plain text (the markup removed), as {@link String#substring(int, int)}
 * takes them and as {@link dev.masker.domain.masking.Detection} reports them.
 */
public record GoldEntity(EntityKind kind, int start, int end) {

  public GoldEntity {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "a gold entity spans at least one char: " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }
}
