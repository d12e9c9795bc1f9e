package dev.masker.domain.masking.known;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.spoken.NumberWords;
import dev.masker.domain.masking.spoken.SpokenTokens;
import dev.masker.domain.masking.token.TokenScanner;
import java.util.List;

/**
 * Known numbers said again as words ("four one five, five five five, twenty six seventy one"). The
 * text is first scanned for number words without allocating; only the stretches around them (with
 * the digits and separators next to them, for mixed forms such as "415 555 two six seven one") are
 * read by {@link NumberWords}, so a long text without number words costs one pass. A digit's
 * ordinal ("fourth fifth eighth …", as a tired transcriber writes a digit) is read as the digit's
 * word there ({@link OrdinalDigits}), so only a known value said so is masked.
 */
final class SpokenRecurrences {
  /**
   * The number words by length, then by first letter (a to z; the last bucket holds the words that
   * begin otherwise), for a look-up that allocates nothing and compares few words.
   */
  private static final String[][][] BY_LENGTH = byLength();

  private static final int OTHER = 26;

  /** How far apart two number words (or digits) may be and still be read as one stretch. */
  private static final int GAP = 24;

  private SpokenRecurrences() {}

  /**
   * Adds a detection for each run of number words in {@code text} whose digits hold one of {@code
   * forms} (digit-only forms, searched with {@code automaton}); in a masked text, runs that touch a
   * token are left alone.
   */
  static void find(
      String text,
      List<ValueForms.Form> forms,
      ValueAutomaton automaton,
      boolean masked,
      List<Detection> found) {
    List<TokenScanner.Span> tokens = null;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int wordEnd = wordEnd(text, i);
      if (wordEnd == i) {
        i++;
        continue;
      }
      if (!isNumberWord(text, i, wordEnd)) {
        i = wordEnd;
        continue;
      }
      int start = backOverDigits(text, i);
      int end = stretchEnd(text, wordEnd);
      if (masked && tokens == null) {
        tokens = TokenScanner.find(text);
      }
      read(text, start, end, forms, automaton, tokens, found);
      i = end;
    }
  }

  private static void read(
      String text,
      int start,
      int end,
      List<ValueForms.Form> forms,
      ValueAutomaton automaton,
      List<TokenScanner.Span> tokenSpans,
      List<Detection> found) {
    var said = text.substring(start, end);
    var stretch = OrdinalDigits.padded(said);
    boolean padded = stretch != said;
    var words = SpokenTokens.of(stretch);
    int t = 0;
    while (t < words.size()) {
      var run = NumberWords.read(words, t);
      if (run.isEmpty()) {
        t++;
        continue;
      }
      var spoken = run.get();
      int from = start + spoken.start();
      int to = start + spoken.end();
      while (padded && to < end && Character.isLetter(text.charAt(to))) {
        to++; // the rest of an ordinal read as a shorter digit word ("ninth" as "nine ")
      }
      if (spoken.hasWord() && !touchesToken(from, to, tokenSpans)) {
        var digits = spoken.digits();
        // One detection per run: the longest form said in it names the value.
        var longest = new ValueForms.Form[1];
        automaton.scan(
            CompactText.of(digits),
            (index, last) -> {
              var form = forms.get(index);
              if (longest[0] == null || form.text().length() > longest[0].text().length()) {
                longest[0] = form;
              }
            });
        if (longest[0] != null) {
          found.add(longest[0].spoken(from, to, digits));
        }
      }
      t = Math.max(t + 1, spoken.endToken());
    }
  }

  private static boolean touchesToken(int from, int to, List<TokenScanner.Span> tokens) {
    if (tokens == null) {
      return false;
    }
    for (var token : tokens) {
      if (from < token.end() && token.start() < to) {
        return true;
      }
    }
    return false;
  }

  /** The end of the run of letters starting at {@code i} ({@code i} when there is none). */
  private static int wordEnd(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isNumberWord(String text, int start, int end) {
    int length = end - start;
    if (length >= BY_LENGTH.length || (start > 0 && Character.isLetter(text.charAt(start - 1)))) {
      return false;
    }
    var buckets = BY_LENGTH[length];
    int letter = bucket(text.charAt(start));
    if (letter == OTHER) {
      // Not an ASCII letter: compared with every word, as a case-insensitive match may pair
      // letters outside ASCII with ASCII ones (the long s with s).
      for (var words : buckets) {
        if (matchesOne(text, start, length, words)) {
          return true;
        }
      }
    } else if (matchesOne(text, start, length, buckets[letter])
        || matchesOne(text, start, length, buckets[OTHER])) {
      return true;
    }
    return OrdinalDigits.isOrdinal(text, start, end);
  }

  private static boolean matchesOne(String text, int start, int length, String[] words) {
    for (var word : words) {
      if (text.regionMatches(true, start, word, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** The bucket of a word beginning with {@code c}: its ASCII letter, or {@link #OTHER}. */
  private static int bucket(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    return OTHER;
  }

  private static String[][][] byLength() {
    var words = NumberWords.words();
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    var table = new String[longest + 1][][];
    for (int length = 0; length <= longest; length++) {
      table[length] = new String[OTHER + 1][];
      for (int letter = 0; letter <= OTHER; letter++) {
        int l = length;
        int b = letter;
        table[length][letter] =
            words.stream()
                .filter(w -> w.length() == l && !w.isEmpty() && bucket(w.charAt(0)) == b)
                .toArray(String[]::new);
      }
    }
    return table;
  }

  /** Back from a number word over the digits and separators said before it ("415 555 two …"). */
  private static int backOverDigits(String text, int i) {
    int start = i;
    int j = i - 1;
    while (j >= 0 && i - j <= 4 * GAP && isDigitOrSeparator(text.charAt(j))) {
      if (Character.isDigit(text.charAt(j))) {
        start = j;
      }
      j--;
    }
    return start;
  }

  /** The end of the stretch of number words, digits and short gaps that starts before {@code i}. */
  private static int stretchEnd(String text, int i) {
    int end = i;
    int j = i;
    while (j < text.length() && j - end <= GAP) {
      if (Character.isDigit(text.charAt(j))) {
        j++;
        end = j;
      } else if (Character.isLetter(text.charAt(j))) {
        int wordEnd = wordEnd(text, j);
        if (isNumberWord(text, j, wordEnd)) {
          end = wordEnd;
        }
        j = wordEnd;
      } else {
        j++;
      }
    }
    return end;
  }

  private static boolean isDigitOrSeparator(char c) {
    return Character.isDigit(c) || c == ' ' || c == ',' || c == '-' || c == '.' || c == '\u00a0';
  }
}
