package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An identifier that only a cue makes recognisable: "MRN 00482913", "account number is 1234 5678
 * 90", "serial number: SN-4471-AB". After the cue come at most a few filler words ("number", "is",
 * "#", ":") and then the value: letters and digits, with single spaces or dashes between groups,
 * holding at least one digit and {@code min} to {@code max} letters and digits. The canonical form
 * is the value in upper case without separators.
 */
final class CuedValue {
  private static final Set<String> FILLERS =
      Set.of(
          "is", "was", "number", "numbers", "no", "num", "nbr", "id", "of", "my", "the", "it's",
          "its", "it", "reads", "on", "file", "be", "should", "#", "code");
  private static final int MAX_FILLERS = 4;

  private final EntityKind kind;
  private final Cue cue;
  private final int min;
  private final int max;
  private final boolean digitsOnly;
  private final double confidence;

  CuedValue(EntityKind kind, Cue cue, int min, int max, boolean digitsOnly, double confidence) {
    this.kind = kind;
    this.cue = cue;
    this.min = min;
    this.max = max;
    this.digitsOnly = digitsOnly;
    this.confidence = confidence;
  }

  void findIn(String text, List<Detection> out) {
    Anchored m = cue.anchored(text);
    while (m.find()) {
      m.skipTo(valueAfter(text, m.end(), out));
    }
  }

  /** Adds the value following a cue ending at {@code from}, if any; returns where it ends. */
  private int valueAfter(String text, int from, List<Detection> out) {
    int length = text.length();
    int i = from;
    for (int fillers = 0; fillers <= MAX_FILLERS; fillers++) {
      while (i < length && isSeparatorBeforeValue(text.charAt(i))) {
        i++;
      }
      int wordEnd = i;
      while (wordEnd < length && isWordChar(text.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd == i) {
        if (i < length && text.charAt(i) == '#') {
          i++;
          continue;
        }
        return i;
      }
      String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
      if (!FILLERS.contains(word) || fillers == MAX_FILLERS) {
        break;
      }
      i = wordEnd;
    }
    return scanValue(text, i, out);
  }

  private int scanValue(String text, int start, List<Detection> out) {
    int length = text.length();
    if (start >= length || !isValueChar(text.charAt(start))) {
      return start;
    }
    StringBuilder canonical = new StringBuilder(max);
    int i = start;
    int end = start;
    boolean digit = false;
    while (i < length && canonical.length() <= max) {
      char c = text.charAt(i);
      if (isValueChar(c)) {
        canonical.append(Character.toUpperCase(c));
        digit |= Character.isDigit(c);
        i++;
        end = i;
      } else if ((c == '-' || c == ' ' || c == '.' || c == '/')
          && i + 1 < length
          && continuesAfter(c, text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (i < length && isWordChar(text.charAt(i)) && canonical.length() <= max) {
      return end; // the value runs into a longer word: not an identifier
    }
    int count = canonical.length();
    if (digit && count >= min && count <= max) {
      out.add(new Detection(kind, start, end, confidence, Pass.REGEX, canonical.toString()));
    }
    return end;
  }

  private boolean continuesAfter(char separator, char next) {
    if (separator == ' ' || separator == '.') {
      return Character.isDigit(next) && next <= '9';
    }
    return isValueChar(next);
  }

  private boolean isValueChar(char c) {
    if (c >= '0' && c <= '9') {
      return true;
    }
    return !digitsOnly && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
  }

  private static boolean isSeparatorBeforeValue(char c) {
    return c == ' ' || c == ':' || c == '-' || c == ',' || c == '\t' || c == '=' || c == '.';
  }
}
