package dev.masker.domain.masking.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one code point becomes for detection (the rules are listed in {@link FoldedText}), worked
 * out once per code point and kept: a table for ASCII, lazily filled pages for the rest of the
 * Basic Multilingual Plane, and a bounded map for supplementary code points (emoji, mathematical
 * digits). Thread-safe: entries are immutable, and two threads computing one entry compute the same
 * thing.
 */
final class CodePointFold {
  /** How a code point takes part in folding. */
  enum Role {
    /** Kept as it is. */
    SAME,
    /** Replaced by {@link Fold#replacement()} (one or more chars). */
    MAPPED,
    /** A space of any width: {@code ' '}, part of a blank run. */
    SPACE,
    /**
     * A line break or tab: kept ({@code '\n'} for the Unicode line separators) but between digits.
     */
    LINE,
    /** Renders as nothing: removed, but reads as a space between two digits. */
    INVISIBLE,
    /** A combining mark: composed with its base where NFKC can, else kept or dropped. */
    MARK,
    /** An em dash or a bar: prose punctuation, but {@code '-'} between digit groups. */
    PROSE_DASH
  }

  /** A code point's role and, for {@code MAPPED}, {@code SPACE} and {@code LINE}, its text. */
  record Fold(Role role, String replacement) {}

  private static final Fold SAME = new Fold(Role.SAME, null);
  private static final Fold MARK = new Fold(Role.MARK, null);
  private static final Fold INVISIBLE = new Fold(Role.INVISIBLE, "");
  private static final Fold SPACE = new Fold(Role.SPACE, " ");
  private static final Fold NEW_LINE = new Fold(Role.LINE, "\n");
  private static final Fold PROSE_DASH = new Fold(Role.PROSE_DASH, null);

  private static final Fold[] ASCII = new Fold[128];
  private static final Fold[][] PAGES = new Fold[256][];
  private static final int SUPPLEMENTARY_CACHE = 4096;
  private static final Map<Integer, Fold> SUPPLEMENTARY = new ConcurrentHashMap<>();

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = compute(c);
    }
  }

  private CodePointFold() {}

  static Fold of(int codePoint) {
    if (codePoint < 128) {
      return ASCII[codePoint];
    }
    if (codePoint < 0x10000) {
      Fold[] page = PAGES[codePoint >>> 8];
      if (page == null) {
        page = new Fold[256];
        PAGES[codePoint >>> 8] = page;
      }
      Fold fold = page[codePoint & 0xff];
      if (fold == null) {
        fold = compute(codePoint);
        page[codePoint & 0xff] = fold;
      }
      return fold;
    }
    Fold fold = SUPPLEMENTARY.get(codePoint);
    if (fold == null) {
      fold = compute(codePoint);
      if (SUPPLEMENTARY.size() < SUPPLEMENTARY_CACHE) {
        SUPPLEMENTARY.put(codePoint, fold);
      }
    }
    return fold;
  }

  /** Whether the code point is a line break or tab ({@code \t \n \u000b \f \r}, NEL, LS, PS). */
  static boolean isLine(int c) {
    return (c >= '\t' && c <= '\r') || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  static boolean isMark(int type) {
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Invisible code points that are not format characters (those are all invisible): the combining
   * grapheme joiner, variation selectors, Mongolian free variation selectors and vowel separator,
   * and the Hangul fillers.
   */
  private static boolean isInvisibleExtra(int c) {
    return c == 0x034F
        || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0100 && c <= 0xE01EF)
        || (c >= 0x180B && c <= 0x180F)
        || c == 0x115F
        || c == 0x1160
        || c == 0x3164
        || c == 0xFFA0;
  }

  /** Em dashes and bars: punctuation between words, a separator only between digits. */
  private static boolean isProseDash(int c) {
    return c == 0x2014
        || c == 0x2015
        || c == 0x2E3A
        || c == 0x2E3B
        || c == 0xFE31
        || c == 0xFE58
        || isGroupMark(c);
  }

  /**
   * The dots, bullets and signs a number is also grouped with ("415·555·0134", "415•555•0134",
   * "415*555*0134", "415_555_0134", HL7's "415^5550134"): read as {@code '-'} right between two
   * digits (with no space, unlike a dash), as they are elsewhere. Colons and commas are not among
   * them: between digits they write times and amounts; nor are semicolons and bars, which delimit
   * the cells of CSV and pipe tables ("28791;38227" is a PO box and a postal code), but in the one
   * shape of a North American number ({@link FoldedText#phoneCells}).
   */
  static boolean isGroupMark(int c) {
    switch (c) {
      case 0x00B7: // middle dot
      case 0x2022: // bullet
      case 0x2027: // hyphenation point
      case 0x30FB: // katakana middle dot
      case 0xFF65: // halfwidth katakana middle dot
      case 0x2219: // bullet operator
      case 0x22C5: // dot operator
      case 0x00D7: // multiplication sign
      case '*':
      case '_':
      case '~':
      case '^':
      case '\\':
      case '+': // a form-encoded space ("q=415+555+0134")
      case '\'': // Swiss thousands ("415'555'0134")
        return true;
      default:
        return false;
    }
  }

  /** Dashes read as {@code '-'}: Unicode dash punctuation and the minus signs. */
  private static boolean isDash(int c, int type) {
    return (type == Character.DASH_PUNCTUATION && !isProseDash(c))
        || c == 0x2212
        || c == 0x2796
        || c == 0x02D7
        || c == 0x2043;
  }

  /**
   * The Unicode noncharacters U+FDD0 to U+FDEF: never text, and used by the proxy to join the text
   * parts of one message; read as nothing.
   */
  static boolean isJoin(int c) {
    return c >= 0xFDD0 && c <= 0xFDEF;
  }

  /** Whether the code point is a tag character (U+E0020 to U+E007E), read as the char it tags. */
  static boolean isTag(int c) {
    return c >= 0xE0020 && c <= 0xE007E;
  }

  /**
   * The ASCII char the tag character at {@code [i, next)} of {@code s} tags, with a space before it
   * where a run of tags starts right after a letter or digit ({@code folded} so far ends with one),
   * and after it where the run ends right before one: a model reads the smuggled text as text of
   * its own ("hello" and the tags of "Patient …" are not "helloPatient"), so its words keep their
   * edges (ADR 28).
   */
  static String tagged(String s, int i, int next, CharSequence folded) {
    String ascii = String.valueOf((char) (s.codePointAt(i) - 0xE0000));
    boolean before =
        i > 0
            && !isTag(s.codePointBefore(i))
            && folded.length() > 0
            && Character.isLetterOrDigit(folded.charAt(folded.length() - 1));
    boolean after =
        next < s.length()
            && !isTag(s.codePointAt(next))
            && Character.isLetterOrDigit(s.codePointAt(next));
    return (before ? " " : "") + ascii + (after ? " " : "");
  }

  private static Fold compute(int c) {
    if (isTag(c)) {
      // A tag character: invisible, but the ASCII char it tags is legible to a model ("ASCII
      // smuggling"), so it is read as that char.
      return new Fold(Role.MAPPED, String.valueOf((char) (c - 0xE0000)));
    }
    if (isJoin(c)) {
      return INVISIBLE;
    }
    if (isLine(c)) {
      return c < 128 ? new Fold(Role.LINE, String.valueOf((char) c)) : NEW_LINE;
    }
    if (c == ' ') {
      return SPACE;
    }
    int type = Character.getType(c);
    if (type == Character.SPACE_SEPARATOR) {
      return SPACE;
    }
    if (type == Character.FORMAT
        || type == Character.CONTROL
        || type == Character.SURROGATE
        || isInvisibleExtra(c)) {
      return INVISIBLE;
    }
    if (isMark(type)) {
      return MARK;
    }
    if (isProseDash(c)) {
      return PROSE_DASH;
    }
    if (c == 0x00BA || c == 0x00AA) {
      // the ordinal indicators ("n.º 088957", "3º B", "1ª"), NFKC "o" and "a": read as the dot
      // of an abbreviation, not as a letter, which "o" would be read as a zero
      return new Fold(Role.MAPPED, ".");
    }
    String original = new String(Character.toChars(c));
    String normalized = c < 128 ? original : Normalizer.normalize(original, Normalizer.Form.NFKC);
    if (c >= 0x2474 && c <= 0x24B5) {
      // a parenthesised or full-stop digit, number or letter ("⑹", "⒍", "⒫", NFKC "(6)", "6.",
      // "(p)"): a model reads the digit or letter, which the brackets and the dot would cut from
      // the next one ("⑹⑷⑻⑵" is 6482), so it is read without them (ADR 28)
      normalized = normalized.replaceAll("[().]", "");
    }
    if (normalized.isEmpty() || isMark(Character.getType(normalized.codePointAt(0)))) {
      return MARK; // a spacing form of a mark (U+FF9E): it combines like one
    }
    StringBuilder out = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); ) {
      int d = normalized.codePointAt(i);
      i += Character.charCount(d);
      appendFolded(d, out);
    }
    String folded = out.toString();
    if (folded.isEmpty()) {
      return INVISIBLE; // a compatibility form of an invisible char (U+FFA0)
    }
    if (folded.isBlank()) {
      return SPACE; // a spacing accent, NFKC a space and a mark ("¨"): it reads as a space
    }
    return folded.equals(original) ? SAME : new Fold(Role.MAPPED, folded);
  }

  /** One code point of an NFKC result, with the rules after NFKC applied. */
  private static void appendFolded(int d, StringBuilder out) {
    int type = Character.getType(d);
    if (type == Character.DECIMAL_DIGIT_NUMBER) {
      out.append((char) ('0' + Character.digit(d, 10)));
    } else if (type == Character.OTHER_NUMBER && isSmallNumber(d)) {
      // a digit NFKC leaves alone: dingbat and double-circled digits ("❹", "➍", "⓸")
      out.append(Character.getNumericValue(d));
    } else if (isDash(d, type)) {
      out.append('-');
    } else if (type == Character.SPACE_SEPARATOR || isLine(d)) {
      out.append(' ');
    } else if (type == Character.FORMAT || type == Character.CONTROL || isInvisibleExtra(d)) {
      return;
    } else if (isMark(type) && out.length() > 0 && out.charAt(out.length() - 1) < 128) {
      return; // "¨" is NFKC " \u0308": a mark left on an ASCII char is dropped
    } else {
      out.appendCodePoint(confusable(d));
    }
  }

  /**
   * Whether an "other number" (a digit in a circle, a dingbat) stands for a whole number from 0 to
   * 20, which it is read as; fractions and larger numbers are left alone.
   */
  static boolean isSmallNumber(int d) {
    int value = Character.getNumericValue(d);
    return value >= 0 && value <= 20;
  }

  /** Look-alikes of the characters e-mail addresses, numbers and dates are written with. */
  private static int confusable(int d) {
    switch (d) {
      case 0x3002: // ideographic full stop
      case 0xFF61: // halfwidth ideographic full stop
      case 0x2024: // one dot leader
      case 0xFE52: // small full stop
      case 0x06D4: // Arabic full stop
      case 0x066B: // Arabic decimal separator
        return '.';
      case 0x3001: // ideographic comma (also small and halfwidth ones, through NFKC)
      case 0x060C: // Arabic comma
      case 0x066C: // Arabic thousands separator
      case 0x055D: // Armenian comma
      case 0x07F8: // NKo comma
      case 0x1363: // Ethiopic comma
      case 0x1802: // Mongolian comma
      case 0x1808: // Mongolian Manchu comma
      case 0x2E41: // reversed comma
      case 0xA4FE: // Lisu punctuation comma
      case 0xA60D: // Vai comma
        return ',';
      case 0xFF20: // full-width commercial at (NFKC maps it already)
      case 0xFE6B: // small commercial at
        return '@';
      case 0x2044: // fraction slash
      case 0x2215: // division slash
      case 0x29F8: // big solidus
        return '/';
      case 0x2018: // left single quotation mark
      case 0x2019: // right single quotation mark, the typographic apostrophe
      case 0x201B: // single high-reversed-9 quotation mark
        return '\'';
      case 0x201C: // left double quotation mark
      case 0x201D: // right double quotation mark
      case 0x201F: // double high-reversed-9 quotation mark
        return '"';
      default:
        return Homoglyphs.plainLetter(d);
    }
  }
}
