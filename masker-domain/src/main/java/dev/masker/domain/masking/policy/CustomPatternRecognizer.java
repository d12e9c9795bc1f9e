package dev.masker.domain.masking.policy;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityRecognizer.RecognizerUnavailable;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The {@code regex} pass for a policy's own patterns: every match becomes a detection of the
 * pattern's kind with the pattern's confidence, its span and canonical form trimmed of surrounding
 * white space. Patterns passed {@link RegexSafety} (no nested or unbounded repeats, few choices per
 * position), so a search takes time linear in the text. Thread-safe. Each search counts the chars
 * it reads against a budget; while the thread counts {@link ScanSteps}, those reads are its steps.
 */
public final class CustomPatternRecognizer implements Recognizer {
  /** Char reads a search may make per char of text. */
  public static final int STEPS_PER_CHAR = 256;

  /** Char reads every search may make whatever the length of the text. */
  public static final int BASE_STEPS = 16_384;

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
      var budgeted = new Budgeted(text, (long) STEPS_PER_CHAR * text.length() + BASE_STEPS);
      Matcher matcher = pattern.compiled().matcher(budgeted);
      while (find(matcher, budgeted)) {
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

  /** The next match; at the end of the search its reads are recorded as steps. */
  private static boolean find(Matcher matcher, Budgeted budgeted) {
    try {
      if (matcher.find()) {
        return true;
      }
      ScanSteps.record(budgeted.used());
      return false;
    } catch (Exhausted e) {
      ScanSteps.record(budgeted.used());
      throw new RecognizerUnavailable(
          "a custom pattern needed more steps than its budget allows on this text", null);
    }
  }

  /** The text, counting the reads the matcher makes. Used by one search, on one thread. */
  private static final class Budgeted implements CharSequence {
    private final String text;
    private final long budget;
    private long left;

    Budgeted(String text, long budget) {
      this.text = text;
      this.budget = budget;
      this.left = budget;
    }

    /** The reads made so far. */
    long used() {
      return Math.min(budget, budget - left);
    }

    @Override
    public char charAt(int index) {
      if (--left < 0) {
        throw Exhausted.INSTANCE;
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Thrown inside a search that ran out of budget; shared, without a stack trace. */
  private static final class Exhausted extends RuntimeException {
    static final Exhausted INSTANCE = new Exhausted();

    private Exhausted() {
      super("budget exhausted", null, false, false);
    }
  }

  @Override
  public String toString() {
    return "CustomPatternRecognizer[" + patterns.size() + " patterns]";
  }
}
