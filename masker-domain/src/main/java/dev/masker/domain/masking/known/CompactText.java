package dev.masker.domain.masking.known;

import dev.masker.domain.masking.text.CharacterEscapes;
import dev.masker.domain.masking.text.FoldedText;
import dev.masker.domain.masking.text.Homoglyphs;
import dev.masker.domain.masking.text.InlineMarks;
import dev.masker.domain.masking.token.TokenScanner;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text reduced to its letters and digits, folded, with a map back to the original: what the
 * known-value automaton reads. Folding makes the forms detection treats as one value meet: case
 * ("MARIA" is "maria"), accents ("Zoë" is "zoe"), full-width and other compatibility forms ("４１５"
 * is "415"), decimal digits of every script ("٤١٥" is "415"), and every separator between the
 * letters and digits (spaces of any width, dashes, dots, parentheses, line breaks: "415 555-2671"
 * and "4155552671" are both "4155552671"). Invisible characters (zero-width spaces and joiners,
 * soft hyphens, bidi controls, combining marks) are skipped as if absent.
 *
 * <p>Each compact char remembers where it came from and whether a word starts or ends there: a word
 * is a run of letters or a run of digits in the original, so "Lopez42" is two words. Optionally,
 * the masking tokens already in the text ({@code MSKV1.NAME.K.…}) are read as separators, so a
 * value is never found inside a token.
 */
final class CompactText {
  private static final int SEPARATOR = -1;
  private static final int MAX_MEMO = 8192;
  private static final ConcurrentHashMap<Integer, String> FOLDED = new ConcurrentHashMap<>();

  private final String original;
  private final String reading;
  private char[] chars;
  private int[] from;
  private int[] to;
  private boolean[] wordStart;
  private int size;
  private boolean separatorPending = true;
  private int lastClass;

  private CompactText(String original) {
    // Look-alike letters read as Latin ones, and numbers said in Chinese numerals as digits (one
    // char for one char: offsets do not move).
    this.reading = FoldedText.withChineseNumeralsAsDigits(Homoglyphs.latinise(original));
    this.original = original;
    int capacity = Math.max(16, original.length());
    this.chars = new char[capacity];
    this.from = new int[capacity];
    this.to = new int[capacity];
    this.wordStart = new boolean[capacity + 1];
  }

  /** The compact view of {@code text}. */
  static CompactText of(String text) {
    var compact = new CompactText(text);
    compact.read(0, text.length());
    return compact;
  }

  /** The compact view of a masked {@code text}: its tokens count as separators. */
  static CompactText withoutTokens(String text) {
    if (!mayHoldToken(text)) {
      return of(text);
    }
    var compact = new CompactText(text);
    int read = 0;
    for (var token : TokenScanner.find(text)) {
      compact.read(read, token.start());
      compact.separate();
      read = token.end();
    }
    compact.read(read, text.length());
    return compact;
  }

  /** The folded letters and digits of a short value, for building patterns. */
  static String fold(String value) {
    var compact = of(value);
    return new String(compact.chars, 0, compact.size);
  }

  /** Every token's scheme ends in "1." ({@code MSKV1.}, {@code MSK1.}, {@code SYN1.}). */
  private static boolean mayHoldToken(String text) {
    return text.contains("1.");
  }

  String original() {
    return original;
  }

  int size() {
    return size;
  }

  char charAt(int i) {
    return chars[i];
  }

  /** Where the compact char {@code i} starts in the original. */
  int originalStart(int i) {
    return from[i];
  }

  /** Where the compact char {@code i} ends in the original (exclusive). */
  int originalEnd(int i) {
    return to[i];
  }

  /** Whether a word of the original starts at compact char {@code i}. */
  boolean wordStartsAt(int i) {
    return wordStart[i];
  }

  /** Whether a word of the original ends right after compact char {@code i}. */
  boolean wordEndsAfter(int i) {
    return i + 1 >= size || wordStart[i + 1];
  }

  private void separate() {
    separatorPending = true;
  }

  private void read(int start, int end) {
    int i = start;
    while (i < end) {
      int cp = reading.codePointAt(i);
      int next = i + Character.charCount(cp);
      int mark = cp < 0x2100 && InlineMarks.mayStart((char) cp) ? InlineMarks.end(reading, i) : -1;
      if (mark > i) {
        // a tag, a comment, a citation mark or a superscript inside a value, read as absent
        // ("Ravens<i>holt</i>", "5931[2]7246", "Ravens¹holt", ADR 30)
        separatorPending = true;
        i = mark;
        continue;
      }
      if (cp < 0x80) {
        char c = (char) cp;
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          append(c, i, next);
        } else if (c >= 'A' && c <= 'Z') {
          append((char) (c + ('a' - 'A')), i, next);
        } else if ((c == '&' || c == '%' || c == '\\' || c == '=')
            && CharacterEscapes.at(reading, i) >= 0) {
          // "Lo&#112;ez", "Lo%70ez", "Lo\\u0070ez" are "Lopez" to a model
          long escape = CharacterEscapes.at(reading, i);
          next = i + CharacterEscapes.length(escape);
          readEscaped(CharacterEscapes.codePoint(escape), i, next);
        } else {
          separatorPending = true;
        }
      } else {
        readNonAscii(cp, i, next);
      }
      i = next;
    }
  }

  private void readEscaped(int cp, int start, int end) {
    if (cp >= 0x80) {
      readNonAscii(cp, start, end);
    } else if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
      append((char) cp, start, end);
    } else if (cp >= 'A' && cp <= 'Z') {
      append((char) (cp + ('a' - 'A')), start, end);
    } else {
      separatorPending = true;
    }
  }

  private void readNonAscii(int cp, int start, int end) {
    if (cp >= 0xE0020 && cp <= 0xE007E) {
      readEscaped(cp - 0xE0000, start, end); // a tag character: the ASCII char it tags
      return;
    }
    if (cp >= 0xFDD0 && cp <= 0xFDEF) {
      return; // a noncharacter: joins text parts, as if absent
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || (cp >= 0xFE00 && cp <= 0xFE0F)) {
      return; // invisible: as if absent
    }
    if (type == Character.DECIMAL_DIGIT_NUMBER) {
      append((char) ('0' + Character.digit(cp, 10)), start, end);
      return;
    }
    if (!Character.isLetterOrDigit(cp)
        && type != Character.OTHER_NUMBER
        && type != Character.OTHER_SYMBOL) {
      separatorPending = true;
      return;
    }
    var folded = folded(cp);
    if (folded.isEmpty()) {
      separatorPending = true;
      return;
    }
    for (int k = 0; k < folded.length(); k++) {
      append(folded.charAt(k), start, end);
    }
  }

  /**
   * The letters and digits a non-ASCII letter or number stands for, lower case, no accents, the
   * ligatures æ and œ as two letters.
   */
  private static String folded(int cp) {
    var memo = FOLDED.get(cp);
    if (memo != null) {
      return memo;
    }
    if (cp == 0x00E6 || cp == 0x00C6 || cp == 0x0153 || cp == 0x0152) {
      // the ligatures "æ" and "œ", which NFKD keeps as letters of their own: a reader takes
      // "Thornæzeck" for "Thornaezeck", one letter off the known name (ADR 53)
      return cp == 0x00E6 || cp == 0x00C6 ? "ae" : "oe";
    }
    var decomposed =
        Normalizer.normalize(
            new String(Character.toChars(Homoglyphs.plainLetter(cp))), Normalizer.Form.NFKD);
    var out = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
              } else if (type == Character.OTHER_NUMBER
                  && Character.getNumericValue(c) >= 0
                  && Character.getNumericValue(c) <= 20) {
                // dingbat and double-circled digits ("❹", "➍", "⓸"), which NFKD keeps
                out.append(Character.getNumericValue(c));
              } else if (Character.isLetter(c)) {
                out.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
              }
            });
    var result = out.toString();
    if (FOLDED.size() < MAX_MEMO) {
      FOLDED.put(cp, result);
    }
    return result;
  }

  private void append(char c, int start, int end) {
    if (size == from.length) {
      grow();
    }
    int charClass = c >= '0' && c <= '9' ? 1 : 2;
    wordStart[size] = separatorPending || size == 0 || charClass != lastClass;
    separatorPending = false;
    lastClass = charClass;
    chars[size] = c;
    from[size] = start;
    to[size] = end;
    size++;
  }

  private void grow() {
    int capacity = from.length * 2;
    chars = Arrays.copyOf(chars, capacity);
    from = Arrays.copyOf(from, capacity);
    to = Arrays.copyOf(to, capacity);
    wordStart = Arrays.copyOf(wordStart, capacity + 1);
  }
}
