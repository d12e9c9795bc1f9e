package dev.masker.domain.masking.text;

import dev.masker.domain.masking.text.CodePointFold.Fold;
import dev.masker.domain.masking.text.CodePointFold.Role;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text as detection reads it, with the way back to the original's offsets (SPEC §6, "normalise
 * before detecting"). Speech-to-text engines, word processors and people evading a filter write the
 * same value with other characters: no-break and zero-width spaces between digit groups, full-width
 * or Arabic-Indic digits, a full-width {@code ＠}. Detection runs on the folded text, and each value
 * found is mapped back to the original characters it came from, so that those are what gets masked.
 *
 * <p>The rules, applied code point by code point in one pass:
 *
 * <ol>
 *   <li><b>escapes</b> ({@link CharacterEscapes}), after the rules below and then again through
 *       them, until none is left: HTML character references, percent-encoded UTF-8 and {@code
 *       &#92;u} escapes are the characters they stand for ("Lo&amp;#112;ez" is "Lopez"), each
 *       decoded char mapped to the whole escape;
 *   <li><b>NFKC</b> ({@link Normalizer.Form#NFKC}) of each code point, and of each base character
 *       with the combining marks that follow it (so a decomposed "e&#x301;" is "é"): full-width
 *       forms, ligatures ("ﬁ" is "fi"), circled and super-script digits, mathematical letters and
 *       digits, compatibility spaces;
 *   <li><b>digits</b>: every decimal digit of every script ({@code Character.getType} {@code
 *       DECIMAL_DIGIT_NUMBER}: Arabic-Indic, Devanagari, Bengali, Thai, …) is its ASCII digit, and
 *       a digit NFKC leaves alone (dingbat and double-circled digits: "❹", "➍", "⓸") its number;
 *   <li><b>dashes</b>: dash punctuation (hyphen, non-breaking hyphen, figure dash, en dash, …) and
 *       the minus signs (U+2212, U+2796, U+02D7, U+2043, and the small and full-width hyphen-minus
 *       through NFKC) are {@code '-'}. Em dashes and bars (U+2014, U+2015, U+2E3A, U+2E3B, U+FE31,
 *       U+FE58) are {@code '-'} only between digit groups (at most two spaces either side), and
 *       otherwise left alone: in prose they stand between words ("your number—415-555-2671"), where
 *       a hyphen would glue the number to the word before it. The dots, bullets and signs numbers
 *       are also grouped with (middle dot, bullet, dot operators, {@code * _ | ~ ; \\}, ×) are
 *       {@code '-'} right between two digits ("415·555·0134"), with no space around;
 *   <li><b>spaces</b>: every space separator (no-break, thin, narrow no-break, ideographic, …) is
 *       {@code ' '};
 *   <li><b>invisible characters</b> are removed: format characters (zero-width space, joiners, word
 *       joiner, invisible operators, the byte-order mark, the soft hyphen, bidirectional controls,
 *       the cancel tag, …), control characters other than line breaks and tabs, the combining
 *       grapheme joiner, variation selectors, Mongolian selectors, the Hangul fillers and the
 *       noncharacters U+FDD0 to U+FDEF; but a <b>tag character</b> (U+E0020 to U+E007E) is the
 *       ASCII char it tags, which a model can read ("ASCII smuggling");
 *   <li><b>blank runs between digits</b>: a run of spaces, line breaks, tabs, invisible characters,
 *       emoji and other symbols between two digits is one {@code ' '} ("415\u200b555", "415\n555"
 *       and "415&nbsp;&nbsp;555" all read "415 555"), so digit groups stay groups whatever
 *       separates them and a removed character never joins two groups into one longer number;
 *   <li><b>line breaks</b> elsewhere are kept; the Unicode line and paragraph separators and NEL
 *       are {@code '\n'};
 *   <li><b>combining marks</b> that NFKC cannot compose and that sit on an ASCII character are
 *       removed ("4&#x303;", "Zalgo" text, a keycap on a digit); marks on other scripts are kept,
 *       as they belong to the spelling;
 *   <li><b>look-alikes</b>: U+3002, U+FF61, U+2024, U+FE52 are {@code '.'}; U+FF20 and U+FE6B are
 *       {@code '@'}; U+2044 (fraction slash), U+2215 (division slash) and U+29F8 are {@code '/'};
 *       typographic single quotes and apostrophes (U+2018, U+2019, U+201B) are {@code '\''} and
 *       double quotes (U+201C, U+201D, U+201F) are {@code '"'}, so "O’Brien" and "O'Brien" are one
 *       value;
 *   <li><b>look-alike letters</b> ({@link Homoglyphs}): in a word that also holds Latin letters,
 *       Cyrillic and Greek letters that look like Latin ones ("Mаria" with a Cyrillic "а") are the
 *       Latin letter; words wholly in those scripts are left alone.
 * </ol>
 *
 * <p>Letters keep their case and their accents (recognizers compare without case, and the lexicon
 * removes accents itself); emoji and other symbols are left as they are.
 *
 * <p><b>Offsets.</b> Every folded char comes from one original range: its code point, or its base
 * and combining marks, or the whole blank run it stands for. {@link #originalStart(int)} and {@link
 * #originalEnd(int)} give that range's ends, so a span that starts or ends inside an expansion ("ﬁ"
 * read as "fi") covers the whole original code point, removed characters inside a span are covered
 * by it, and no span splits a surrogate pair.
 *
 * <p><b>Cost.</b> Linear: one pass, with each code point's fold worked out once per process. A text
 * that needs no folding (the usual case: ASCII, digit groups split by single spaces) costs one scan
 * and no allocation but this object.
 *
 * <p><b>Why one class of about 570 lines.</b> The folding rules and the offset map are one
 * contract: every rule must keep the map exact, so they are written, and read, together; an eighth
 * of the file is the rules written out above.
 */
public final class FoldedText {
  /** At most this many combining marks are normalised with their base; the rest one by one. */
  private static final int MAX_CLUSTER_MARKS = 16;

  /** How far around an em dash spaces may sit for it still to separate digit groups. */
  private static final int DASH_SPACES = 2;

  private final String original;
  private final String text;
  private final int[] starts; // per folded char, where its original range starts; null: identity
  private final int[] ends; // per folded char, where its original range ends; null: identity

  private FoldedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** At most this many rounds of decoding escapes ({@code %2570} takes two). */
  private static final int ESCAPE_ROUNDS = 8;

  /** The text folded for detection. */
  public static FoldedText of(String original) {
    var folded = plain(original);
    // Escapes are decoded in the folded text ("％７０" folds to "%70") and the result folded again,
    // until no escape is left: so folding a folded text changes nothing.
    for (int round = 0; round < ESCAPE_ROUNDS && CharacterEscapes.mayHold(folded.text); round++) {
      var decoded = CharacterEscapes.decode(folded.text);
      if (decoded == null) {
        break;
      }
      folded = throughEscapes(folded, decoded, plain(decoded.text()));
    }
    return folded;
  }

  /**
   * The folded text {@code refolded} of the {@code decoded} escapes of {@code folded}, each char
   * mapped through both back to the original.
   */
  private static FoldedText throughEscapes(
      FoldedText folded, CharacterEscapes.Decoded decoded, FoldedText refolded) {
    int length = refolded.text.length();
    var starts = new int[length];
    var ends = new int[length];
    for (int k = 0; k < length; k++) {
      starts[k] = folded.originalStart(decoded.starts()[refolded.originalStart(k)]);
      ends[k] = folded.originalEnd(decoded.ends()[refolded.originalEnd(k + 1) - 1]);
    }
    return new FoldedText(folded.original, refolded.text, starts, ends);
  }

  private static FoldedText plain(String original) {
    int first = firstChange(original);
    var folded =
        first == original.length()
            ? new FoldedText(original, original, null, null)
            : new Folding(original, first).run();
    // Look-alike letters and phone-shaped cells last: one char for one char, so the offsets stay
    // as they are.
    var latin = Homoglyphs.latinise(folded.text);
    if (folded.starts != null) {
      latin = marksBetweenDigits(latin);
    }
    latin = LookalikeCharacters.read(SignsAroundNumbers.blanked(cjkDigitRuns(phoneCells(latin))));
    ScanSteps.record(original.length() + (long) folded.text.length());
    return latin == folded.text
        ? folded
        : new FoldedText(original, latin, folded.starts, folded.ends);
  }

  /** The folded text detection runs on. */
  public String text() {
    return text;
  }

  /** The text as given. */
  public String original() {
    return original;
  }

  /** Whether the folded text is the original itself (offsets map to themselves). */
  public boolean isIdentity() {
    return starts == null;
  }

  /**
   * Where, in the original, the folded char at {@code foldedIndex} came from (the start of its code
   * point, cluster or blank run); {@code text().length()} maps to the original's length.
   */
  public int originalStart(int foldedIndex) {
    checkIndex(foldedIndex);
    if (starts == null) {
      return snapBack(foldedIndex);
    }
    return foldedIndex == text.length() ? original.length() : starts[foldedIndex];
  }

  /**
   * The exclusive end, in the original, of a span whose exclusive end in the folded text is {@code
   * foldedEnd}: the end of the original range of the folded char before it; 0 maps to 0.
   */
  public int originalEnd(int foldedEnd) {
    checkIndex(foldedEnd);
    if (starts == null) {
      return snapForward(foldedEnd);
    }
    return foldedEnd == 0 ? 0 : ends[foldedEnd - 1];
  }

  private void checkIndex(int index) {
    if (index < 0 || index > text.length()) {
      throw new IndexOutOfBoundsException("index " + index + " of " + text.length());
    }
  }

  /** An index inside a surrogate pair moved to the pair's start. */
  private int snapBack(int i) {
    return i > 0
            && i < original.length()
            && Character.isLowSurrogate(original.charAt(i))
            && Character.isHighSurrogate(original.charAt(i - 1))
        ? i - 1
        : i;
  }

  /** An index inside a surrogate pair moved to the pair's end. */
  private int snapForward(int i) {
    return i > 0
            && i < original.length()
            && Character.isLowSurrogate(original.charAt(i))
            && Character.isHighSurrogate(original.charAt(i - 1))
        ? i + 1
        : i;
  }

  @Override
  public String toString() {
    // Never the text: it is the personal data itself.
    return "FoldedText[" + original.length() + " chars" + (isIdentity() ? ", identity]" : "]");
  }

  /**
   * The index of the first char that folding may change, or the length when none does: a char whose
   * code point is not kept as it is, a combining mark (from its base's start, since NFKC may
   * compose them), or a run of blanks between two digits that is not a single space.
   */
  /**
   * {@code text} with the semicolons or bars of a run of exactly three, three and four digits that
   * no other digit or such mark touches ("415;555;0134", "415|555|0134") read as {@code '-'}, one
   * char for one char. Semicolons and bars delimit CSV and pipe-table cells, so they are no group
   * marks elsewhere ("28791;38227" is a PO box and a postal code); a North American number's groups
   * are the one shape the cells of a record hardly ever take. Read on the folded text, so that
   * folding stays idempotent.
   */
  static String phoneCells(String text) {
    boolean marks = false;
    for (int i = 0; i < text.length() && !marks; i++) {
      char c = text.charAt(i);
      marks = c == ';' || c == '|';
    }
    if (!marks) {
      return text;
    }
    char[] out = null;
    int n = text.length();
    for (int i = 3; i + 8 < n; i++) {
      char mark = text.charAt(i);
      if ((mark == ';' || mark == '|')
          && text.charAt(i + 4) == mark
          && digits(text, i - 3, i)
          && digits(text, i + 1, i + 4)
          && digits(text, i + 5, i + 9)
          && !touches(text, i - 4, mark)
          && !touches(text, i + 9, mark)) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = '-';
        out[i + 4] = '-';
        i += 8;
      }
    }
    ScanSteps.record(n);
    return out == null ? text : new String(out);
  }

  /** A run of Chinese numerals this long is a number said digit by digit. */
  static final int CJK_DIGIT_RUN = ChineseNumerals.MIN_DIGITS;

  /**
   * {@code text} with every number said in Chinese numerals digit by digit read as ASCII digits,
   * one char for one char ({@link ChineseNumerals}).
   */
  static String cjkDigitRuns(String text) {
    return ChineseNumerals.asDigits(text);
  }

  /**
   * {@code text} with its numbers said in Chinese numerals digit by digit as ASCII digits, one char
   * for one char, as detection reads them: for readings of a text made before folding.
   */
  public static String withChineseNumeralsAsDigits(String text) {
    return ChineseNumerals.asDigits(text);
  }

  private static boolean digits(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isAsciiDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean touches(String text, int at, char mark) {
    return at >= 0
        && at < text.length()
        && (isAsciiDigit(text.charAt(at)) || text.charAt(at) == mark);
  }

  /**
   * {@code folded} with every ASCII group mark right between two digits read as {@code '-'}, one
   * char for one char: a mark that only met its digits once the chars between were folded away
   * ("0\u005c<zero width space>0") or that folding made ("’" is "'") is read as the fast path reads
   * it, so folding a folded text changes nothing.
   */
  private static String marksBetweenDigits(String folded) {
    char[] out = null;
    for (int i = 1; i + 1 < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c < 0x7f
          && CodePointFold.isGroupMark(c)
          && isAsciiDigit(folded.charAt(i - 1))
          && isAsciiDigit(folded.charAt(i + 1))) {
        if (out == null) {
          out = folded.toCharArray();
        }
        out[i] = '-';
      }
    }
    return out == null ? folded : new String(out);
  }

  private static int firstChange(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7f) {
        if (i > 0
            && i + 1 < n
            && isAsciiDigit(s.charAt(i - 1))
            && isAsciiDigit(s.charAt(i + 1))
            && CodePointFold.isGroupMark(c)) {
          return i; // "415*555*0134": a mark between two digits separates groups
        }
        i++; // printable ASCII other than the space: kept as it is
        continue;
      }
      if (c < 128) {
        Fold fold = CodePointFold.of(c);
        Role role = fold.role();
        if (role == Role.SAME) {
          i++;
          continue;
        }
        // a space, a tab, a line break or a control char: a run of them between two digits must
        // be one space, and controls are removed
        int end = i;
        boolean control = false;
        while (end < n
            && s.charAt(end) < 128
            && CodePointFold.of(s.charAt(end)).role() != Role.SAME) {
          control |= CodePointFold.of(s.charAt(end)).role() == Role.INVISIBLE;
          end++;
        }
        if (control) {
          return i;
        }
        boolean betweenDigits = i > 0 && isAsciiDigit(s.charAt(i - 1));
        if (betweenDigits && end < n) {
          char next = s.charAt(end);
          if (next >= 128 || (isAsciiDigit(next) && (end - i != 1 || c != ' '))) {
            return i;
          }
        }
        i = end;
        continue;
      }
      int cp = s.codePointAt(i);
      Fold fold = CodePointFold.of(cp);
      if (fold.role() == Role.MARK) {
        return i > 0 ? s.offsetByCodePoints(i, -1) : i;
      }
      if (fold.role() != Role.SAME || (i > 0 && isAsciiDigit(s.charAt(i - 1)) && isSymbol(cp))) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  /** Emoji and other symbols: between two digits they separate groups, as a space would. */
  static boolean isSymbol(int cp) {
    int type = Character.getType(cp);
    return cp >= 0x80 && (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL);
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** One run of the folding, from the first char that changes. */
  private static final class Folding {
    private final String s;
    private final int from;
    private final StringBuilder out;
    private int[] starts;
    private int[] ends;
    private boolean changed;

    Folding(String s, int from) {
      this.s = s;
      this.from = from;
      this.out = new StringBuilder(s.length() + 16);
      this.starts = new int[s.length() + 16];
      this.ends = new int[s.length() + 16];
    }

    FoldedText run() {
      out.append(s, 0, from);
      for (int i = 0; i < from; i++) {
        starts[i] = i;
        ends[i] = i + 1;
      }
      // no surrogate pair may be split in the copied prefix either
      for (int i = 1; i < from; i++) {
        if (Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) {
          starts[i] = i - 1;
          ends[i - 1] = i + 1;
        }
      }
      int n = s.length();
      int i = from;
      while (i < n) {
        int cp = s.codePointAt(i);
        int next = i + Character.charCount(cp);
        Fold fold = CodePointFold.of(cp);
        switch (fold.role()) {
          case SPACE:
          case LINE:
          case INVISIBLE:
            i = blankRun(i);
            break;
          case MARK:
            loneMark(cp, i, next);
            i = next;
            break;
          case PROSE_DASH:
            proseDash(cp, i, next);
            i = next;
            break;
          default:
            if (fold.role() == Role.SAME && isSymbol(cp) && lastIsDigit()) {
              int end = symbolRun(i);
              if (end < n && foldsToDigit(end)) {
                emit(" ", i, end); // "415🙂555": the emoji separates digit groups
                i = end;
                break;
              }
            }
            if (next < n && isMarkAt(next)) {
              i = cluster(i, next);
            } else {
              if (fold.role() == Role.SAME) {
                emitOriginal(i, next);
              } else if (CodePointFold.isTag(cp)) {
                emit(CodePointFold.tagged(s, i, next, out), i, next);
              } else {
                emit(fold.replacement(), i, next);
              }
              i = next;
            }
        }
      }
      if (!changed) {
        return new FoldedText(s, s, null, null);
      }
      int length = out.length();
      return new FoldedText(
          s, out.toString(), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
    }

    /** A run of spaces, line breaks and invisible chars from {@code i}; returns its end. */
    private int blankRun(int i) {
      int n = s.length();
      int end = i;
      while (end < n) {
        int cp = s.codePointAt(end);
        Role role = CodePointFold.of(cp).role();
        // a mark on a blank is dropped like an invisible char
        if (role != Role.SPACE
            && role != Role.LINE
            && role != Role.INVISIBLE
            && (role != Role.MARK || end == i)) {
          break;
        }
        end += Character.charCount(cp);
      }
      if (lastIsDigit() && end < n && foldsToDigit(end)) {
        if (end == i + 1 && s.charAt(i) == ' ') {
          emitOriginal(i, end);
        } else {
          emit(" ", i, end);
        }
        return end;
      }
      for (int k = i; k < end; ) {
        int cp = s.codePointAt(k);
        int next = k + Character.charCount(cp);
        Fold fold = CodePointFold.of(cp);
        if (fold.role() == Role.INVISIBLE || fold.role() == Role.MARK) {
          changed = true;
        } else if (fold.replacement().length() == 1 && fold.replacement().charAt(0) == cp) {
          emitOriginal(k, next);
        } else {
          emit(fold.replacement(), k, next);
        }
        k = next;
      }
      return end;
    }

    /** The end of a run of symbols, blanks and invisible chars from {@code i} (bounded). */
    private int symbolRun(int i) {
      int end = i;
      for (int count = 0; end < s.length() && count < MAX_CLUSTER_MARKS; count++) {
        int cp = s.codePointAt(end);
        Role role = CodePointFold.of(cp).role();
        boolean blank = role == Role.SPACE || role == Role.INVISIBLE || role == Role.MARK;
        if (!blank && !(role == Role.SAME && isSymbol(cp))) {
          break;
        }
        end += Character.charCount(cp);
      }
      return end;
    }

    /** A mark with no base before it (text start, after a blank) or beyond the cluster limit. */
    private void loneMark(int cp, int i, int next) {
      if (out.length() > 0 && out.charAt(out.length() - 1) < 128) {
        changed = true; // a mark on an ASCII char: dropped
      } else {
        emitOriginal(i, next);
      }
    }

    /** An em dash: {@code '-'} between digit groups, itself elsewhere. */
    private void proseDash(int cp, int i, int next) {
      int allowed = CodePointFold.isGroupMark(cp) ? 0 : DASH_SPACES;
      int back = out.length() - 1;
      int spaces = 0;
      while (back >= 0 && out.charAt(back) == ' ' && spaces < allowed) {
        back--;
        spaces++;
      }
      boolean digitBefore = back >= 0 && isAsciiDigit(out.charAt(back));
      int ahead = next;
      spaces = 0;
      while (ahead < s.length()) {
        Role role = CodePointFold.of(s.codePointAt(ahead)).role();
        if (role == Role.SPACE && spaces < allowed) {
          spaces++;
        } else if (role != Role.INVISIBLE && role != Role.MARK) {
          break;
        }
        ahead += Character.charCount(s.codePointAt(ahead));
      }
      if (digitBefore && ahead < s.length() && foldsToDigit(ahead)) {
        emit("-", i, next);
      } else {
        emitOriginal(i, next);
      }
    }

    /**
     * A base at {@code i} and the combining marks from {@code marks}; returns the cluster's end.
     */
    private int cluster(int i, int marks) {
      int n = s.length();
      int end = marks;
      int count = 0;
      while (end < n && count < MAX_CLUSTER_MARKS && isMarkAt(end)) {
        end += Character.charCount(s.codePointAt(end));
        count++;
      }
      String cluster = s.substring(i, end);
      String normalized = Normalizer.normalize(cluster, Normalizer.Form.NFKC);
      int before = out.length();
      for (int k = 0; k < normalized.length(); ) {
        int cp = normalized.codePointAt(k);
        k += Character.charCount(cp);
        Fold fold = CodePointFold.of(cp);
        switch (fold.role()) {
          case INVISIBLE:
            break;
          case MARK:
            if (out.length() == before || out.charAt(out.length() - 1) >= 128) {
              appendMapped(new String(Character.toChars(cp)), i, end);
            }
            break;
          case SAME:
          case PROSE_DASH:
            appendMapped(new String(Character.toChars(cp)), i, end);
            break;
          case LINE:
          case SPACE:
            appendMapped(" ", i, end);
            break;
          default:
            appendMapped(fold.replacement(), i, end);
        }
      }
      if (!sameAsOriginal(before, i, end)) {
        changed = true;
      } else {
        // unchanged: keep the finer per-char ranges
        for (int k = before; k < out.length(); k++) {
          starts[k] = i + (k - before);
          ends[k] = i + (k - before) + 1;
        }
        fixPairs(before, out.length(), i);
      }
      return end;
    }

    private boolean sameAsOriginal(int outFrom, int i, int end) {
      if (out.length() - outFrom != end - i) {
        return false;
      }
      for (int k = 0; k < end - i; k++) {
        if (out.charAt(outFrom + k) != s.charAt(i + k)) {
          return false;
        }
      }
      return true;
    }

    private void fixPairs(int from, int to, int originalFrom) {
      for (int k = from + 1; k < to; k++) {
        if (Character.isLowSurrogate(out.charAt(k))
            && Character.isHighSurrogate(out.charAt(k - 1))) {
          starts[k] = originalFrom + (k - 1 - from);
          ends[k - 1] = originalFrom + (k + 1 - from);
        }
      }
    }

    private boolean isMarkAt(int i) {
      return CodePointFold.of(s.codePointAt(i)).role() == Role.MARK;
    }

    private boolean lastIsDigit() {
      return out.length() > 0 && isAsciiDigit(out.charAt(out.length() - 1));
    }

    /** Whether the code point at {@code i} reads as an ASCII digit. */
    private boolean foldsToDigit(int i) {
      int cp = s.codePointAt(i);
      Fold fold = CodePointFold.of(cp);
      if (fold.role() == Role.SAME) {
        return cp < 128 && isAsciiDigit((char) cp);
      }
      return fold.role() == Role.MAPPED && isAsciiDigit(fold.replacement().charAt(0));
    }

    /** The original chars {@code [i, next)} of one code point, unchanged. */
    private void emitOriginal(int i, int next) {
      ensure(next - i);
      for (int k = i; k < next; k++) {
        int at = out.length();
        out.append(s.charAt(k));
        starts[at] = i;
        ends[at] = next;
      }
    }

    /** {@code replacement} standing for the original {@code [i, end)}. */
    private void emit(String replacement, int i, int end) {
      changed = true;
      appendMapped(replacement, i, end);
    }

    private void appendMapped(String replacement, int i, int end) {
      ensure(replacement.length());
      for (int k = 0; k < replacement.length(); k++) {
        int at = out.length();
        out.append(replacement.charAt(k));
        starts[at] = i;
        ends[at] = end;
      }
    }

    private void ensure(int more) {
      int need = out.length() + more;
      if (need > starts.length) {
        int size = Math.max(need, starts.length * 2);
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
      }
    }
  }
}
