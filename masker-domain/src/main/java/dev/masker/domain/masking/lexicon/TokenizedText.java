package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.text.ScanSteps;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text split once into word tokens: runs of letters and digits, with apostrophes and hyphens
 * inside a word kept ("o'brien", "mary-jane"). Each token keeps its exact {@code [start, end)} in
 * the original text, a lower-case accent-free form for list look-ups, and what separates it from
 * the token before: nothing but spaces, a comma, or a sentence stop. A dot after a known
 * abbreviation ("st.", "dr.") or an initial ("j.") is not a stop.
 *
 * <p>While the thread counts {@link ScanSteps}, splitting counts a step per char, and each read of
 * a token's word or gap a step.
 */
final class TokenizedText {

  /** Only spaces (or a dot after an abbreviation) between this token and the one before. */
  static final int GAP_SPACE = 0;

  /** A comma, a dash or a similar soft break before this token. */
  static final int GAP_COMMA = 1;

  /** A sentence stop ({@code . ? ! ; :}) or a line break before this token. */
  static final int GAP_STOP = 2;

  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of(
          "st", "mt", "ft", "dr", "mr", "mrs", "ms", "mx", "jr", "sr", "prof", "rev", "ave", "blvd",
          "rd", "ln", "ct", "no", "apt", "n", "s", "e", "w");

  private final String text;
  private final int size;
  private final int[] starts;
  private final int[] ends;
  private final String[] words;
  private final int[] gaps;
  private final boolean[] capitalized;
  private final boolean lowerCase;
  private final ScanSteps steps; // null unless the thread counts

  private static final int MAX_KEPT = 1 << 16;

  private static final ThreadLocal<TokenizedText> LAST = new ThreadLocal<>();

  private TokenizedText(
      String text,
      int size,
      int[] starts,
      int[] ends,
      String[] words,
      int[] gaps,
      boolean[] caps,
      boolean lowerCase,
      ScanSteps steps) {
    this.steps = steps;
    this.lowerCase = lowerCase;
    this.text = text;
    this.size = size;
    this.starts = starts;
    this.ends = ends;
    this.words = words;
    this.gaps = gaps;
    this.capitalized = caps;
  }

  /**
   * The words of {@code text}. The last text of each thread is kept (by identity: a text is
   * immutable), so the readers that run one after another on the same turn share one tokenization;
   * texts over {@value #MAX_KEPT} chars are not kept, nor are texts read while a thread counts its
   * scan steps.
   */
  static TokenizedText of(String text) {
    if (text.length() > MAX_KEPT || ScanSteps.current() != null) {
      return tokenize(text);
    }
    TokenizedText last = LAST.get();
    if (last != null && last.text == text) {
      return last;
    }
    TokenizedText made = tokenize(text);
    LAST.set(made);
    return made;
  }

  private static TokenizedText tokenize(String text) {
    int length = text.length();
    int capacity = Math.max(4, length / 4);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int count = 0;
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      i++;
      while (i < length) {
        char d = text.charAt(i);
        if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
          i++;
        } else if ((d == '\'' || d == '\u2019' || d == '-')
            && i + 1 < length
            && Character.isLetter(text.charAt(i + 1))
            && Character.isLetter(text.charAt(i - 1))) {
          i++;
        } else {
          break;
        }
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = i;
      count++;
    }
    String[] words = new String[count];
    int[] gaps = new int[count];
    boolean[] caps = new boolean[count];
    boolean lower = hasLowerCase(text);
    boolean upper = hasUpperCase(text);
    boolean cased = lower && upper;
    for (int t = 0; t < count; t++) {
      words[t] = fold(text.substring(starts[t], ends[t]));
      gaps[t] = t == 0 ? GAP_STOP : gap(text, ends[t - 1], starts[t], words[t - 1]);
      char first = text.charAt(starts[t]);
      caps[t] = cased && gaps[t] != GAP_STOP && Character.isUpperCase(first);
    }
    var steps = ScanSteps.current();
    if (steps != null) {
      steps.add(length);
    }
    return new TokenizedText(
        text,
        count,
        starts,
        ends,
        words,
        gaps,
        caps,
        lower && !(upper && capitalBeyondI(text)),
        steps);
  }

  private static int gap(String text, int from, int to, String previousWord) {
    int gap = GAP_SPACE;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '?' || c == '!' || c == ';' || c == ':' || c == '\n' || c == '\r') {
        return GAP_STOP;
      }
      if (c == '.') {
        boolean abbreviation = previousWord.length() == 1 || ABBREVIATIONS.contains(previousWord);
        if (!abbreviation) {
          return GAP_STOP;
        }
      } else if (c == ',' || c == '-' || c == '\u2013' || c == '\u2014' || c == '(' || c == ')') {
        gap = GAP_COMMA;
      } else if (!Character.isWhitespace(c) && c != '"' && c != '\'') {
        gap = Math.max(gap, GAP_COMMA);
      }
    }
    return gap;
  }

  private static boolean hasLowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capital other than the pronoun "I" ("I", "I'm", "I'll"): many speech-to-text engines write
   * every word in lower case but that one.
   */
  static boolean capitalBeyondI(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!Character.isUpperCase(c)) {
        continue;
      }
      boolean pronoun =
          c == 'I'
              && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
              && (i + 1 == length || !Character.isLetterOrDigit(text.charAt(i + 1)));
      if (!pronoun) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUpperCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, accents removed, typographic apostrophes made plain. */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return lower;
    }
    String decomposed = Normalizer.normalize(lower.replace('\u2019', '\''), Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        folded.append(c == '\u0142' ? 'l' : c == '\u0131' ? 'i' : c); // ł, Turkish ı
      }
    }
    return folded.toString();
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  /**
   * Whether tokens {@code first} to {@code last} follow each other with a space between each two.
   */
  boolean spaced(int first, int last) {
    for (int k = first + 1; k <= last; k++) {
      if (gapBefore(k) != GAP_SPACE) {
        return false;
      }
    }
    return true;
  }

  /** The lower-case, accent-free form of token {@code i}. */
  String word(int i) {
    if (steps != null) {
      steps.add(1);
    }
    return words[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** What separates token {@code i} from token {@code i - 1}; the first token follows a stop. */
  int gapBefore(int i) {
    if (steps != null) {
      steps.add(1);
    }
    return gaps[i];
  }

  /**
   * The text has lower-case letters and no capitals but the pronoun "I", as speech-to-text and
   * hasty typing write.
   */
  boolean lowerCase() {
    return lowerCase;
  }

  /** Written with a capital in a text that uses both cases, and not at the start of a sentence. */
  boolean capitalized(int i) {
    return capitalized[i];
  }

  boolean isDigits(int i) {
    String word = words[i];
    for (int c = 0; c < word.length(); c++) {
      if (!Character.isDigit(word.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** Tokens {@code from} to {@code to} (exclusive), lower case, joined by single spaces. */
  String joined(int from, int to) {
    if (to - from == 1) {
      return words[from];
    }
    StringBuilder joined = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        joined.append(' ');
      }
      joined.append(words[i]);
    }
    return joined.toString();
  }
}
