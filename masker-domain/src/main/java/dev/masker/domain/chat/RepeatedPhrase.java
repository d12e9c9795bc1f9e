package dev.masker.domain.chat;

/**
 * A text that is one short phrase said over and over ("Zelphine Quarrendale Zelphine Quarrendale
 * …"), read as the phrase said once, only to learn from (ADR 32). A speech-to-text engine caught in
 * a loop writes so, and so does a client hiding a name: repeated, two capitalised words read as a
 * line of title case, which no name recognizer takes for a name. What the phrase said once yields
 * is then masked at every repetition by the known-value search.
 */
final class RepeatedPhrase {
  /** The most words a repeated phrase has. */
  static final int MAX_WORDS = 6;

  private RepeatedPhrase() {}

  /** The phrase said once, or null when the text is not one phrase said at least twice. */
  static String of(String text) {
    int n = text.length();
    if (n < 6) {
      return null;
    }
    int[] starts = new int[MAX_WORDS + 1];
    int[] ends = new int[MAX_WORDS + 1];
    int words = 0;
    int i = skipBlanks(text, 0);
    // the first MAX_WORDS + 1 words, to try each period on
    while (i < n && words <= MAX_WORDS) {
      int end = wordEnd(text, i);
      starts[words] = i;
      ends[words] = end;
      words++;
      i = skipBlanks(text, end);
    }
    for (int period = 1; period <= MAX_WORDS && period < words; period++) {
      if (repeats(text, period)) {
        return text.substring(starts[0], ends[period - 1]);
      }
    }
    return null;
  }

  /** Whether every word of the text is the word {@code period} words before it, twice or more. */
  private static boolean repeats(String text, int period) {
    int n = text.length();
    int count = 0;
    int i = skipBlanks(text, 0);
    int[] ringStart = new int[period];
    int[] ringEnd = new int[period];
    while (i < n) {
      int end = wordEnd(text, i);
      if (count < period) {
        ringStart[count] = i;
        ringEnd[count] = end;
      } else {
        int slot = count % period;
        if (!sameWord(text, ringStart[slot], ringEnd[slot], i, end)) {
          return false;
        }
        ringStart[slot] = i;
        ringEnd[slot] = end;
      }
      count++;
      i = skipBlanks(text, end);
    }
    return count >= 2 * period && count % period == 0;
  }

  private static boolean sameWord(String text, int a, int aEnd, int b, int bEnd) {
    return aEnd - a == bEnd - b && text.regionMatches(true, a, text, b, aEnd - a);
  }

  /** Blanks and the punctuation between repetitions ("X, X. X"). */
  private static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == ','
        || c == '.'
        || c == ';'
        || c == '!'
        || c == '?';
  }

  private static int skipBlanks(String text, int i) {
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String text, int i) {
    while (i < text.length() && !isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
