package dev.masker.domain.policy;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The {@code regex} pass for a policy's own patterns: every match becomes a detection of the
 * pattern's kind with the pattern's confidence, its span and canonical form trimmed of surrounding
 * white space. Patterns passed {@link RegexSafety} (no nested or unbounded repeats, few choices per
 * position), so a search takes time linear in the text. Thread-safe.
 */
public final class CustomPatternRecognizer implements Recognizer {
  private final List<CustomPattern> patterns;

  public CustomPatternRecognizer(List<CustomPattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** The recognizer of that policy's custom patterns. */
  public static CustomPatternRecognizer of(Policy policy) {
    return new CustomPatternRecognizer(policy.customPatterns());
  }

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    if (patterns.isEmpty() || text.isEmpty()) {
      return List.of();
    }
    List<Detection> found = null;
    for (var pattern : patterns) {
      Matcher matcher = pattern.compiled().matcher(text);
      while (matcher.find()) {
        int start = matcher.start();
        int end = matcher.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        if (start == end) {
          continue;
        }
        if (found == null) {
          found = new ArrayList<>();
        }
        found.add(
            new Detection(
                pattern.kind(),
                start,
                end,
                pattern.confidence(),
                Pass.REGEX,
                text.substring(start, end)));
      }
    }
    return found == null ? List.of() : found;
  }

  @Override
  public String toString() {
    return "CustomPatternRecognizer[" + patterns.size() + " patterns]";
  }
}
