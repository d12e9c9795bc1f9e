package dev.masker.domain.masking.regex;

import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of cue phrases ("date of birth", "ssn", "fax") matched case-insensitively as whole words. A
 * space in a phrase matches one or two spaces or dashes; a cue is never part of a longer word, and
 * a cue of one or two letters never follows a slash ("mg/dL" holds no "DL" cue).
 */
final class Cue {
  private final Pattern pattern;
  private final String firstChars;

  private Cue(Pattern pattern, String firstChars) {
    this.pattern = pattern;
    this.firstChars = firstChars;
  }

  static Cue of(String... phrases) {
    String alternatives =
        Arrays.stream(phrases)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Cue::phrasePattern)
            .reduce((a, b) -> a + "|" + b)
            .orElseThrow();
    StringBuilder firstChars = new StringBuilder();
    for (String phrase : phrases) {
      char first = Character.toLowerCase(phrase.charAt(0));
      if (firstChars.indexOf(String.valueOf(first)) < 0) {
        firstChars.append(first);
      }
    }
    return new Cue(
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        firstChars.toString());
  }

  private static String phrasePattern(String phrase) {
    StringBuilder out = new StringBuilder();
    if (phrase.length() <= 2) {
      out.append("(?<!/)"); // a unit, not a cue: "dl" in "mg/dL"
    }
    String separator = "";
    for (String word : phrase.split(" ", -1)) {
      out.append(separator).append(Pattern.quote(word).replace("'", "\\E['’]?\\Q"));
      separator = "[\\s-]{1,2}";
    }
    if (Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))) {
      out.append("(?![\\p{L}\\p{N}])"); // "F:" and "DL#" may touch their value
    }
    return out.toString();
  }

  /** Every cue of the text, tried only at word starts with a cue's first letter. */
  Anchored anchored(String text) {
    return new Anchored(
        pattern,
        text,
        (t, i) ->
            firstChars.indexOf(Character.toLowerCase(t.charAt(i))) >= 0
                && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))));
  }

  /** Whether {@code [start, end)} of the text is one cue and nothing more. */
  boolean isExactly(String text, int start, int end) {
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    m.region(start, end);
    return m.matches();
  }

  /** Whether a cue ends at most {@code maxWords} words before {@code position}. */
  boolean precedes(String text, int position, int maxWords) {
    int from = wordsBack(text, position, maxWords);
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    m.region(from, position);
    return m.find();
  }

  /**
   * Where the last cue ending at most {@code maxWords} words before {@code position} ends, or -1.
   */
  int lastEndBefore(String text, int position, int maxWords) {
    int from = wordsBack(text, position, maxWords);
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    m.region(from, position);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last;
  }

  /** Whether a cue starts within the {@code maxWords} words after {@code position}. */
  boolean follows(String text, int position, int maxWords) {
    int to = wordsForward(text, position, maxWords);
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    m.region(position, to);
    return m.find();
  }

  /** The end of the window holding the {@code words} words after {@code position}. */
  static int wordsForward(String text, int position, int words) {
    int i = position;
    int limit = Math.min(text.length(), position + 24 * words);
    for (int w = 0; w < words && i < limit; w++) {
      while (i < limit && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      while (i < limit && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  /** The start of the window holding the {@code words} words before {@code position}. */
  static int wordsBack(String text, int position, int words) {
    int i = position;
    int limit = Math.max(0, position - 24 * words);
    for (int w = 0; w < words && i > limit; w++) {
      while (i > limit && !Character.isLetterOrDigit(text.charAt(i - 1))) {
        i--;
      }
      while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
    }
    return i;
  }
}
