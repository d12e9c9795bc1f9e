package dev.masker.domain.masking.policy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.masking.EntityKind;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant's own pattern for a kind (an MRN format, a payer id), with the confidence its matches
 * get. The pattern is checked by {@link RegexSafety} and compiled once, case-insensitively
 * (transcripts are often lower case; {@code (?-i)} in the pattern turns that off), with every
 * unbounded repeat capped.
 */
public final class CustomPattern {
  private final EntityKind kind;
  private final String pattern;
  private final double confidence;
  private final Pattern compiled;

  /**
   * @throws InvalidValue when the pattern is unsafe or does not compile, or the confidence is not
   *     within 0..1; the message never quotes the pattern
   */
  public CustomPattern(EntityKind kind, String pattern, double confidence) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new InvalidValue("confidence", "must be within 0..1");
    }
    var verdict = RegexSafety.check(pattern);
    if (verdict instanceof RegexSafety.Unsafe) {
      throw new InvalidValue("pattern", ((RegexSafety.Unsafe) verdict).issue());
    }
    this.pattern = pattern;
    this.confidence = confidence;
    this.compiled =
        Pattern.compile(((RegexSafety.Safe) verdict).bounded(), Pattern.CASE_INSENSITIVE);
  }

  public EntityKind kind() {
    return kind;
  }

  /** The pattern as the policy wrote it. */
  public String pattern() {
    return pattern;
  }

  public double confidence() {
    return confidence;
  }

  /** The pattern as it runs: repeats capped, case-insensitive. Thread-safe. */
  public Pattern compiled() {
    return compiled;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CustomPattern
        && ((CustomPattern) other).kind == kind
        && ((CustomPattern) other).pattern.equals(pattern)
        && Double.compare(((CustomPattern) other).confidence, confidence) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, pattern, confidence);
  }

  @Override
  public String toString() {
    return "CustomPattern[" + kind + " " + confidence + "]";
  }
}
