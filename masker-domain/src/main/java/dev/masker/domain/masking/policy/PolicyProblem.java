package dev.masker.domain.masking.policy;

import java.util.Objects;

/**
 * One reason a policy YAML was refused: the field as a path ({@code entities.PHONE.action}, {@code
 * custom_patterns[1].pattern}), the 1-based line of the offending node and the rule it breaks.
 * Never the value itself: allow and deny lists hold personal data.
 */
public record PolicyProblem(String field, int line, String issue) {
  public PolicyProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(issue, "issue");
    if (line < 1) {
      throw new IllegalArgumentException("line is 1-based");
    }
  }

  @Override
  public String toString() {
    return field + " (line " + line + ") " + issue;
  }
}
