package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * A code spelled out for {@link SpokenIdentifierRecognizer}, being read: its pieces (a letter, a
 * digit string, or an ambiguous "oh") with the token each one ends at; dashes, commas and fillers
 * between pieces are skipped. Reused across runs within one call; not shared between threads.
 */
final class SpokenCode {
  private static final int MAX_CODE = 34;
  private static final int MAX_JOINERS = 2;

  private static final char AMBIGUOUS_O = '?';
  private final StringBuilder chars = new StringBuilder(MAX_CODE + 8);
  private final List<Integer> pieceStart = new ArrayList<>();
  private final List<Integer> pieceEnd = new ArrayList<>();
  private final List<Integer> pieceToken = new ArrayList<>();
  private final List<Integer> pieceFirstToken = new ArrayList<>();
  int first;
  int last;
  boolean overflow;
  boolean leadingArticle;

  int pieces() {
    return pieceStart.size();
  }

  /** Reads the run starting at token {@code from}; returns the token index after it. */
  int read(List<SpokenToken> tokens, int from) {
    chars.setLength(0);
    pieceStart.clear();
    pieceEnd.clear();
    pieceToken.clear();
    pieceFirstToken.clear();
    overflow = false;
    int n = tokens.size();
    int k = from;
    int joiners = 0;
    while (k < n) {
      var t = tokens.get(k);
      int next = piece(tokens, k);
      if (next > k) {
        k = next;
        joiners = 0;
        continue;
      }
      if (isJoiner(t) && pieces() > 0 && joiners < MAX_JOINERS && k + 1 < n) {
        joiners++;
        k++;
        continue;
      }
      break;
    }
    if (pieces() > 0) {
      first = pieceFirstToken.get(0);
      last = pieceToken.get(pieces() - 1);
    }
    return k;
  }

  private int piece(List<SpokenToken> tokens, int k) {
    var t = tokens.get(k);
    int n = tokens.size();
    if (t.isNumber()) {
      add(t.text(), k, k);
      return k + 1;
    }
    if (!t.isWord()) {
      return k;
    }
    if ((t.is("double") || t.is("triple")) && k + 1 < n) {
      int times = t.is("double") ? 2 : 3;
      var u = tokens.get(k + 1);
      String one = single(u);
      if (one == null) {
        return k;
      }
      add(one.repeat(times), k, k + 1);
      return k + 2;
    }
    String one = single(t);
    if (one != null) {
      add(one, k, k);
      return k + 1;
    }
    if (isMisheardDigit(tokens, k, pieces() == 0)) {
      add(String.valueOf(Homophones.digit(t)), k, k); // "the plate is ate z d d ate five nine"
      return k + 1;
    }
    if (pieces() == 0 && isLetterGroup(tokens, k)) {
      add(t.text(), k, k); // "np 8872 …", "mg two one seven …": the letters said as one word
      return k + 1;
    }
    long two = NumberWords.belowHundred(tokens, k);
    if (two >= 0) {
      int next = NumberWords.next(two);
      add(Integer.toString(NumberWords.value(two)), k, next - 1);
      return next;
    }
    return k;
  }

  /** Homophones that may start a code: "for", "to" and "too" start phrases far more often. */
  private static final java.util.Set<String> FIRST_HOMOPHONES =
      java.util.Set.of("ate", "won", "tree");

  /**
   * A digit word as a tired transcriber mishears it ("ate", "won", "too"), inside a code or, for
   * "ate", "won" and "tree", at its start, with a letter or a digit said right after it.
   */
  static boolean isMisheardDigit(List<SpokenToken> tokens, int k, boolean first) {
    var t = tokens.get(k);
    if (Homophones.digit(t) < 0
        || k + 1 >= tokens.size()
        || first && !FIRST_HOMOPHONES.contains(t.text())) {
      return false;
    }
    var next = tokens.get(k + 1);
    return SpokenIdentifierRecognizer.isLetter(next)
        || next.isNumber()
        || NumberWords.singleDigit(next) >= 0
        || Homophones.digit(next) >= 0 && !first;
  }

  /** Short words that are words, not a code's letters run together. */
  private static final java.util.Set<String> SHORT_WORDS =
      java.util.Set.of(
          "is", "it", "at", "to", "no", "on", "in", "of", "or", "and", "the", "for", "was", "are",
          "its", "my", "me", "we", "us", "he", "she", "his", "her", "our", "you", "be", "by", "so",
          "as", "an", "do", "if", "up", "am", "id", "ok", "um", "uh", "ah", "er", "hmm", "but",
          "not", "got", "has", "had", "say", "see", "yes", "now", "new", "old", "one", "two", "six",
          "ten", "too", "won", "ate", "tag", "box", "apt", "ext", "age", "go", "hi", "ma", "pa",
          "mm", "eh", "yo");

  /**
   * Two or three letters said as one word at a code's start, a number right after ("np 8872", "mre
   * nine six six"): a transcriber writes the letters of a code together.
   */
  static boolean isLetterGroup(List<SpokenToken> tokens, int k) {
    var t = tokens.get(k);
    if (!t.isWord()
        || t.text().length() < 2
        || t.text().length() > 3
        || SHORT_WORDS.contains(t.text())
        || k + 1 >= tokens.size()) {
      return false;
    }
    if (t.text().length() == 3 && Lexicon.standard().isEnglishWord(t.text())) {
      return false; // "i owe two hundred", "the box 12"
    }
    for (int c = 0; c < t.text().length(); c++) {
      if (t.text().charAt(c) < 'a' || t.text().charAt(c) > 'z') {
        return false;
      }
    }
    var next = tokens.get(k + 1);
    return next.isNumber() || NumberWords.singleDigit(next) >= 0 || next.is("double");
  }

  /** One letter or digit a single token stands for ("?" for "oh"/"o"), else null. */
  static String single(SpokenToken t) {
    if (t.is("oh") || t.is("o")) {
      return String.valueOf(AMBIGUOUS_O);
    }
    if (SpokenIdentifierRecognizer.isLetter(t)) {
      return t.text();
    }
    if (t.isNumber() && t.text().length() == 1) {
      return t.text();
    }
    int d = NumberWords.singleDigit(t);
    return d >= 0 ? String.valueOf((char) ('0' + d)) : null;
  }

  private void add(String s, int firstToken, int lastToken) {
    if (chars.length() + s.length() > MAX_CODE) {
      overflow = true;
      return;
    }
    pieceStart.add(chars.length());
    chars.append(s);
    pieceEnd.add(chars.length());
    pieceFirstToken.add(firstToken);
    pieceToken.add(lastToken);
  }

  /** Drops a trailing "a" or "i" that is an article or a pronoun before more words. */
  void trim(List<SpokenToken> tokens) {
    leadingArticle = false;
    if (pieces() == 0) {
      return;
    }
    int lastPiece = pieces() - 1;
    if (isArticle(tokens, lastPiece) && pieceToken.get(lastPiece) + 1 < tokens.size()) {
      var after = tokens.get(pieceToken.get(lastPiece) + 1);
      if (after.isWord()) {
        removeLast();
      }
    }
    if (pieces() == 0) {
      return;
    }
    if (isArticle(tokens, 0)) {
      boolean letterFollows = pieces() > 1 && isPlainLetter(1);
      leadingArticle = !letterFollows;
    }
    first = pieceFirstToken.get(0);
    last = pieceToken.get(pieces() - 1);
  }

  void dropLeadingArticle() {
    int cut = pieceEnd.get(0);
    chars.delete(0, cut);
    pieceStart.remove(0);
    pieceEnd.remove(0);
    pieceToken.remove(0);
    pieceFirstToken.remove(0);
    for (int p = 0; p < pieces(); p++) {
      pieceStart.set(p, pieceStart.get(p) - cut);
      pieceEnd.set(p, pieceEnd.get(p) - cut);
    }
    if (pieces() > 0) {
      first = pieceFirstToken.get(0);
    }
  }

  private void removeLast() {
    int p = pieces() - 1;
    chars.setLength(pieceStart.get(p));
    pieceStart.remove(p);
    pieceEnd.remove(p);
    pieceToken.remove(p);
    pieceFirstToken.remove(p);
  }

  /** A piece of one letter "a" or "i" said as a word, not as "alpha" or "india". */
  private boolean isArticle(List<SpokenToken> tokens, int p) {
    var t = tokens.get(pieceToken.get(p));
    if (pieceEnd.get(p) - pieceStart.get(p) != 1 || t.end() - t.start() != 1) {
      return false;
    }
    char c = chars.charAt(pieceStart.get(p));
    return c == 'a' || c == 'i';
  }

  private boolean isPlainLetter(int p) {
    if (pieceEnd.get(p) - pieceStart.get(p) != 1) {
      return false;
    }
    char c = chars.charAt(pieceStart.get(p));
    return c >= 'a' && c <= 'z' && c != 'a' && c != 'i';
  }

  /**
   * The code in upper case: an ambiguous "oh" is 0 next to a digit (or always, in a VIN) and O
   * between letters.
   */
  String value(boolean vin) {
    var sb = new StringBuilder(chars.length());
    int len = chars.length();
    for (int k = 0; k < len; k++) {
      char c = chars.charAt(k);
      if (c == AMBIGUOUS_O) {
        boolean letterBefore = k > 0 && isLetterChar(chars.charAt(k - 1));
        boolean letterAfter = k + 1 < len && isLetterChar(chars.charAt(k + 1));
        boolean digitBefore = k > 0 && isDigitOrO(chars.charAt(k - 1));
        boolean digitAfter = k + 1 < len && isDigitOrO(chars.charAt(k + 1));
        boolean letter = !vin && (letterBefore || letterAfter) && !digitBefore && !digitAfter;
        sb.append(letter ? 'O' : '0');
      } else {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  int digitCount(String value) {
    int count = 0;
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      if (c >= '0' && c <= '9') {
        count++;
      }
    }
    return count;
  }

  private static boolean isLetterChar(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigitOrO(char c) {
    return (c >= '0' && c <= '9') || c == AMBIGUOUS_O;
  }

  private static boolean isJoiner(SpokenToken t) {
    return t.is("-")
        || t.is(",")
        || t.is("dash")
        || t.is("hyphen")
        || t.is("um")
        || t.is("uh")
        || t.is("umm")
        || t.is("uhh");
  }
}
