package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.text.ScanSteps;

/**
 * A set of cue phrases ("date of birth", "ssn", "fax") matched case-insensitively as whole words. A
 * space in a phrase matches one or two spaces, dashes, underscores or dots ("date_of_birth", "Pt.
 * No"); an apostrophe in a phrase may be left out or written as a typographic one ("driver's",
 * "drivers", "driver’s"); a cue is never part of a longer word, and a cue of one or two letters
 * never follows a slash ("mg/dL" holds no "DL" cue). An initialism of two to four letters is also
 * found said letter by letter ("n p i", "m.r.n.").
 *
 * <p>The phrases are kept in a trie of lower-case chars and tried only where a word starts with one
 * of their first letters: a handful of char comparisons per candidate and no regular expression, so
 * a cue search costs little more than one scan of the text. Where several phrases match at one
 * position, the longest match counts.
 */
final class Cue {
  /** The trie edge for a space between two words of a phrase. */
  private static final char SEPARATOR = ' ';

  /** The trie edge for an apostrophe of a phrase, optional in the text. */
  private static final char APOSTROPHE = '\'';

  /** Words of the cue lists that are words, not initials: never spelled out letter by letter. */
  private static final java.util.Set<String> WORDS =
      java.util.Set.of(
          "by", "he", "on", "you", "she", "they", "dad", "mom", "big", "born", "call", "card",
          "cell", "date", "dial", "due", "home", "line", "seen", "text", "till", "turn", "visa",
          "work", "from", "fin", "cap", "lat", "eta", "mob", "sin", "dos", "edad", "usia", "umur",
          "wiek", "albo", "faks");

  private final Node root = new Node();

  /** The root's children by ASCII char: the first step of a match, taken at every word start. */
  private final Node[] asciiFirst = new Node[128];

  private final StringBuilder otherFirst = new StringBuilder();

  private Cue() {}

  /** One trie node: its children by lower-case char, and what a phrase ending here needs. */
  private static final class Node {
    /** A node with this many children finds them by table, not by a scan of its keys. */
    private static final int TABLE_AT = 6;

    private char[] keys = new char[0];
    private Node[] children = new Node[0];

    /** The children by ASCII char, once there are {@value #TABLE_AT} of them; else null. */
    private Node[] ascii;

    /** The next word of a phrase, after one or two spaces or dashes. */
    private Node separator;

    /** After an apostrophe of a phrase, which the text may leave out. */
    private Node apostrophe;

    private boolean terminal;

    /** The phrase ends with a letter or digit: no letter or digit may follow it. */
    private boolean wordEnd;

    /** The phrase has one or two chars: it must not follow a slash. */
    private boolean notAfterSlash;

    Node child(char key) {
      if (key == SEPARATOR) {
        if (separator == null) {
          separator = new Node();
        }
        return separator;
      }
      if (key == APOSTROPHE) {
        if (apostrophe == null) {
          apostrophe = new Node();
        }
        return apostrophe;
      }
      Node existing = next(key);
      if (existing != null) {
        return existing;
      }
      Node child = new Node();
      keys = java.util.Arrays.copyOf(keys, keys.length + 1);
      children = java.util.Arrays.copyOf(children, children.length + 1);
      keys[keys.length - 1] = key;
      children[children.length - 1] = child;
      if (keys.length >= TABLE_AT) {
        ascii = new Node[128];
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] < 128) {
            ascii[keys[i]] = children[i];
          }
        }
      }
      return child;
    }

    /** The child for a lower-case char of a word, or null. */
    Node next(char key) {
      if (ascii != null && key < 128) {
        return ascii[key];
      }
      char[] k = keys;
      for (int i = 0; i < k.length; i++) {
        if (k[i] == key) {
          return children[i];
        }
      }
      return null;
    }
  }

  static Cue of(String... phrases) {
    Cue cue = new Cue();
    for (String phrase : phrases) {
      String lower = phrase.toLowerCase(java.util.Locale.ROOT);
      cue.add(lower);
      if (isInitialism(lower)) {
        cue.add(String.join(" ", lower.split(""))); // "n p i", "m.r.n.", "d-o-b"
      }
    }
    return cue;
  }

  /**
   * A cue of two to four letters said as its letters ("npi", "mrn", "dob", "bsn"): speech-to-text
   * writes them one by one ("n p i 1053851238"), and a cue found only when written whole lets the
   * value through.
   */
  private static boolean isInitialism(String phrase) {
    if (phrase.length() < 2 || phrase.length() > 4 || WORDS.contains(phrase)) {
      return false;
    }
    for (int i = 0; i < phrase.length(); i++) {
      if (phrase.charAt(i) < 'a' || phrase.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  private void add(String phrase) {
    Node node = root;
    String[] words = phrase.split(" ", -1);
    for (int w = 0; w < words.length; w++) {
      if (w > 0) {
        node = node.child(SEPARATOR);
      }
      for (int k = 0; k < words[w].length(); k++) {
        node = node.child(words[w].charAt(k));
      }
    }
    node.terminal = true;
    node.wordEnd = Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
    node.notAfterSlash = phrase.replace(" ", "").length() <= 2; // "dl", "d l"
    char first = phrase.charAt(0);
    if (first == SEPARATOR || first == APOSTROPHE) {
      throw new IllegalArgumentException("a cue starts with a letter, digit or mark: " + phrase);
    }
    if (first < 128) {
      asciiFirst[first] = root.next(first);
    } else if (otherFirst.indexOf(String.valueOf(first)) < 0) {
      otherFirst.append(first);
    }
  }

  /** Whether a cue may start at {@code i}: a word start with one of the phrases' first chars. */
  private boolean mayStart(String text, int i) {
    char c = text.charAt(i);
    boolean first =
        c < 128 ? asciiFirst[lowerAscii(c)] != null : isOtherFirst(Character.toLowerCase(c));
    return first && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }

  private boolean isOtherFirst(char c) {
    for (int k = 0; k < otherFirst.length(); k++) {
      if (otherFirst.charAt(k) == c) {
        return true;
      }
    }
    return false;
  }

  /** The end of the longest cue starting at {@code start} and ending by {@code limit}, or -1. */
  private int longestAt(String text, int start, int limit) {
    if (start < limit && text.charAt(start) < 128) {
      Node first = asciiFirst[lowerAscii(text.charAt(start))];
      return first == null ? -1 : longest(text, start, start + 1, first, limit);
    }
    return longest(text, start, start, root, limit);
  }

  private static int longest(String text, int start, int j, Node node, int limit) {
    int best = -1;
    if (node.terminal
        && !(node.wordEnd && j < text.length() && Character.isLetterOrDigit(text.charAt(j)))
        && !(node.notAfterSlash && start > 0 && text.charAt(start - 1) == '/')) {
      best = j;
    }
    if (j < limit) {
      char c = text.charAt(j);
      Node child = node.next(c < 128 ? lowerAscii(c) : Character.toLowerCase(c));
      if (child != null) {
        best = Math.max(best, longest(text, start, j + 1, child, limit));
      }
      if (node.separator != null && isSeparator(c)) {
        best = Math.max(best, longest(text, start, j + 1, node.separator, limit));
        if (j + 1 < limit && isSeparator(text.charAt(j + 1))) {
          best = Math.max(best, longest(text, start, j + 2, node.separator, limit));
        }
      }
      if (node.separator != null && isCamelBoundary(text, start, j)) {
        best = Math.max(best, longest(text, start, j, node.separator, limit));
      }
      if (node.apostrophe != null && (c == APOSTROPHE || c == '\u2019')) {
        best = Math.max(best, longest(text, start, j + 1, node.apostrophe, limit));
      }
    }
    if (node.apostrophe != null) {
      best = Math.max(best, longest(text, start, j, node.apostrophe, limit));
    }
    return best;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** "dateOfBirth", "memberId": a capital after a small letter starts the next word of a key. */
  private static boolean isCamelBoundary(String text, int start, int j) {
    return j > start
        && text.charAt(j) >= 'A'
        && text.charAt(j) <= 'Z'
        && text.charAt(j - 1) >= 'a'
        && text.charAt(j - 1) <= 'z';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '_' || c == '.' || (c >= '\t' && c <= '\r');
  }

  /** The cues of a text, found one after another. */
  final class Matches {
    private final String text;
    private final ScanSteps steps = ScanSteps.current(); // null unless the thread counts
    private WordStarts starts;
    private int from;
    private int start = -1;
    private int end = -1;

    private Matches(String text) {
      this.text = text;
    }

    /** Finds the next cue after the previous one. */
    boolean find() {
      int length = text.length();
      int begin = from;
      if (starts == null) {
        starts = WordStarts.of(text);
      }
      if (starts != null) {
        int[] candidates = starts.afterNoLetter();
        for (int k = WordStarts.firstAtOrAfter(candidates, from); k < candidates.length; k++) {
          if (cueAt(candidates[k], begin)) {
            return true;
          }
        }
      } else {
        for (int i = from; i < length; i++) {
          if (cueAt(i, begin)) {
            return true;
          }
        }
      }
      from = length;
      tried(length - begin);
      return false;
    }

    private boolean cueAt(int i, int begin) {
      if (mayStart(text, i)) {
        int e = longestAt(text, i, text.length());
        if (e > i) {
          start = i;
          end = e;
          from = e;
          tried(e - begin);
          return true;
        }
      }
      return false;
    }

    private void tried(int positions) {
      if (steps != null) {
        steps.add(positions);
      }
    }

    /** The next cue starts at {@code position} or later. */
    void skipTo(int position) {
      from = Math.max(from, position);
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }
  }

  /** Every cue of the text, tried only at word starts with a cue's first letter. */
  Matches matches(String text) {
    return new Matches(text);
  }

  /** Whether a cue starts at {@code i}. */
  boolean startsAt(String text, int i) {
    return mayStart(text, i) && longestAt(text, i, text.length()) > i;
  }

  /** Whether {@code [start, end)} of the text is one cue and nothing more. */
  boolean isExactly(String text, int start, int end) {
    return start < end && mayStart(text, start) && longestAt(text, start, end) == end;
  }

  /** Whether a cue ends at most {@code maxWords} words before {@code position}. */
  boolean precedes(String text, int position, int maxWords) {
    int from = wordsBack(text, position, maxWords);
    for (int i = from; i < position; i++) {
      if (mayStart(text, i) && longestAt(text, i, position) > i) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the last cue ending at most {@code maxWords} words before {@code position} ends, or -1.
   */
  int lastEndBefore(String text, int position, int maxWords) {
    int from = wordsBack(text, position, maxWords);
    int last = -1;
    for (int i = from; i < position; i++) {
      if (mayStart(text, i)) {
        int e = longestAt(text, i, position);
        if (e > i) {
          last = e;
          i = e - 1;
        }
      }
    }
    return last;
  }

  /** Where the first cue within the {@code maxWords} words after {@code position} starts, or -1. */
  int firstStartAfter(String text, int position, int maxWords) {
    int to = wordsForward(text, position, maxWords);
    for (int i = position; i < to; i++) {
      if (mayStart(text, i) && longestAt(text, i, to) > i) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a cue starts within the {@code maxWords} words after {@code position}. */
  boolean follows(String text, int position, int maxWords) {
    int to = wordsForward(text, position, maxWords);
    for (int i = position; i < to; i++) {
      if (mayStart(text, i) && longestAt(text, i, to) > i) {
        return true;
      }
    }
    return false;
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
