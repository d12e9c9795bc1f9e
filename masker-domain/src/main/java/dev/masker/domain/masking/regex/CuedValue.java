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
          "is",
          "was",
          "number",
          "numbers",
          "no",
          "num",
          "nbr",
          "id",
          "of",
          "my",
          "the",
          "it's",
          "its",
          "it",
          "reads",
          "says",
          "shows",
          // "plate number's 2ZGM877": "is" said short after the cue
          "'s",
          "’s",
          "on",
          "file",
          "be",
          "should",
          "#",
          "code",
          "current",
          "new",
          "ref",
          // "number" in the abbreviations of other languages ("n. 2025/78867", "Nr. 4471")
          "n",
          "nr",
          "nro",
          "núm",
          "nº",
          "n°",
          "nummer",
          "numero",
          "número");
  private static final int MAX_FILLERS = 4;

  /** How many words may say where the value is written before its "is" ("at the top is"). */
  private static final int MAX_PLACE_WORDS = 6;

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
    Cue.Matches m = cue.matches(text);
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
        int is = isAhead(text, i);
        if (is > i) {
          i = is; // "account number at the top is 7261631472": where the value is, then "is"
          continue;
        }
        break;
      }
      i = wordEnd;
    }
    return scanValue(text, i, out);
  }

  /**
   * Where "is" (or "reads", "says") ends when it comes within {@value #MAX_PLACE_WORDS} words of
   * letters after {@code from} ("at the top is", "on the back of the card says"), else {@code
   * from}.
   */
  private static int isAhead(String text, int from) {
    int i = from;
    int length = text.length();
    for (int words = 0; words < MAX_PLACE_WORDS && i < length; words++) {
      int end = i;
      while (end < length && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end == i) {
        return from;
      }
      String word = text.substring(i, end).toLowerCase(Locale.ROOT);
      if (words > 0 && (word.equals("is") || word.equals("reads") || word.equals("says"))) {
        return end;
      }
      if (end >= length || text.charAt(end) != ' ') {
        return from;
      }
      i = end + 1;
    }
    return from;
  }

  private int scanValue(String text, int start, List<Detection> out) {
    int length = text.length();
    int prefix = digitsOnly ? letterPrefix(text, start) : 0;
    if (start + prefix >= length || !isValueChar(text.charAt(start + prefix))) {
      return start;
    }
    StringBuilder canonical = new StringBuilder(max);
    for (int k = start; k < start + prefix - 1; k++) {
      canonical.append(Character.toUpperCase(text.charAt(k)));
    }
    int i = start + prefix;
    int end = start;
    boolean digit = false;
    boolean groupDigit = false;
    while (i < length && canonical.length() <= max) {
      char c = text.charAt(i);
      if (isValueChar(c)) {
        canonical.append(Character.toUpperCase(c));
        boolean isDigit = Character.isDigit(c);
        digit |= isDigit;
        groupDigit |= isDigit;
        i++;
        end = i;
      } else if ((c == '-' || c == ' ' || c == '.' || c == '/')
          && i + 1 < length
          && (groupDigit || c != ' ' || isLetterPrefix(text, start, i))
          && continuesAfter(c, text.charAt(i + 1))) {
        groupDigit = false;
        i++;
      } else {
        break;
      }
    }
    if (i < length && isWordChar(text.charAt(i)) && canonical.length() <= max) {
      return start; // the value runs into a longer word: not an identifier
    }
    int count = canonical.length();
    if (digit && count >= min && count <= max && !isYearRange(text, start, end)) {
      if (!found(out, start, end)) { // "medicare card says 1EG4-TE5-MK73": found by its shape
        out.add(new Detection(kind, start, end, confidence, Pass.REGEX, canonical.toString()));
      }
      return end;
    }
    return start; // not a value: a cue inside it ("medicare mbi …") may still lead to one
  }

  private boolean found(List<Detection> out, int start, int end) {
    for (Detection detection : out) {
      if (detection.kind() == kind && detection.start() == start && detection.end() == end) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of a short letter prefix and its dash before the digits of a number-like value
   * ("PA-2210087"), or 0.
   */
  private static int letterPrefix(String text, int start) {
    int i = start;
    while (i < text.length() && i - start < 4 && isAsciiLetter(text.charAt(i))) {
      i++;
    }
    boolean prefixed =
        i > start
            && i - start <= 3
            && i + 1 < text.length()
            && text.charAt(i) == '-'
            && Character.isDigit(text.charAt(i + 1));
    return prefixed ? i + 1 - start : 0;
  }

  /**
   * Whether {@code [start, end)} is a first group of up to four capitals that is no cue, which the
   * digits after a space continue ("ZGP 8841 2209", but not "MBI 1EG4…").
   */
  private boolean isLetterPrefix(String text, int start, int end) {
    if (end - start > 4) {
      return false;
    }
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return !cue.isExactly(text, start, end);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** "2024-2025", "2019/20": a span of years after a cue ("policy 2024-2025") is no identifier. */
  private static boolean isYearRange(String text, int start, int end) {
    int length = end - start;
    if (length != 9 && length != 7) {
      return false;
    }
    char separator = text.charAt(start + 4);
    if (separator != '-' && separator != '/') {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (i != start + 4 && !Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return text.startsWith("19", start) || text.startsWith("20", start);
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
    return c == ' '
        || c == ':'
        || c == '-'
        || c == ','
        || c == '\t'
        || c == '='
        || c == '.'
        || c == '"'
        || c == '('
        || c == ')'
        || c == '\uff1a' // a full-width colon
        || c == '\u3000'; // an ideographic space
  }
}
