package dev.masker.domain.masking.spoken;

import java.util.List;
import java.util.Map;

/**
 * Letters of a code written as the words that name them, as a tired transcriber hears them: "one
 * gee u three dee six oh kay are four six", "six el dee h four seven three", "a zee seven … nine
 * double you". Each such word becomes a token of its letter spanning the word, so the code reads as
 * its letters and digits wherever a spelled letter would ("1 g u 3 d 6 o k r 4 6").
 *
 * <p>Only inside a run of letters, letter names and digits that holds at least two digits and two
 * letters and five pieces in all, or one letter among six digits or more ("nine six see eight nine
 * eight six seven six"): "jay five five five oh one four two" keeps its name, "the kids are five"
 * its verb. The names that are also common words ("see", "are", "you", "why", "eye", "ex", "queue",
 * "tea") count only with a piece of the run on each side of them: "the number is see eight four …"
 * keeps its verb.
 */
final class LetterNames {
  private static final int MIN_PIECES = 5;

  /** Digits a run needs around a single letter's name: "five one dee six three oh one eight oh". */
  private static final int MIN_DIGITS_BESIDE_ONE_LETTER = 6;

  /** Names of letters that are seldom words of their own. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("bee", "b"),
          Map.entry("cee", "c"),
          Map.entry("dee", "d"),
          Map.entry("ee", "e"),
          Map.entry("ef", "f"),
          Map.entry("eff", "f"),
          Map.entry("gee", "g"),
          Map.entry("ay", "a"),
          Map.entry("aitch", "h"),
          Map.entry("haitch", "h"),
          Map.entry("jay", "j"),
          Map.entry("kay", "k"),
          Map.entry("el", "l"),
          Map.entry("ell", "l"),
          Map.entry("em", "m"),
          Map.entry("en", "n"),
          Map.entry("pee", "p"),
          Map.entry("ess", "s"),
          Map.entry("tee", "t"),
          Map.entry("vee", "v"),
          Map.entry("zee", "z"),
          Map.entry("zed", "z"));

  /** Names of letters that are also common words: letters only between two pieces of a code. */
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("see", "c"),
          Map.entry("sea", "c"),
          Map.entry("are", "r"),
          Map.entry("ar", "r"),
          Map.entry("you", "u"),
          Map.entry("why", "y"),
          Map.entry("eye", "i"),
          Map.entry("ex", "x"),
          Map.entry("queue", "q"),
          Map.entry("cue", "q"),
          Map.entry("tea", "t"),
          Map.entry("pea", "p"));

  private LetterNames() {}

  /** Replaces the letter names of {@code tokens} that spell a code by their letters. */
  static void read(List<SpokenToken> tokens) {
    joinDoubleYou(tokens);
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (!piece(tokens.get(i))) {
        i++;
        continue;
      }
      int end = i;
      int digits = 0;
      int letters = 0;
      boolean named = false;
      while (end < n && piece(tokens.get(end))) {
        var t = tokens.get(end);
        if (digit(t)) {
          digits++;
        } else {
          letters++;
          named |= NAMES.containsKey(t.text()) || WORDS.containsKey(t.text());
        }
        end++;
      }
      if (named
          && (digits >= 2 && letters >= 2 && end - i >= MIN_PIECES
              || letters == 1 && digits >= MIN_DIGITS_BESIDE_ONE_LETTER)) {
        spell(tokens, i, end);
      }
      i = end;
    }
  }

  private static void spell(List<SpokenToken> tokens, int from, int end) {
    for (int k = from; k < end; k++) {
      var t = tokens.get(k);
      String letter = NAMES.get(t.text());
      if (letter == null
          && k + 1 < end
          && (k > from ? !WORDS.containsKey(neighbour(tokens, k)) : opensCode(tokens, k))) {
        letter = WORDS.get(t.text());
      }
      if (letter != null) {
        tokens.set(k, new SpokenToken(t.start(), t.end(), letter, SpokenToken.Type.WORD));
      }
    }
  }

  /**
   * Whether the common-word name at {@code k}, first of its run, is a letter: when a letter's name
   * or a letter follows it ("you gee four oh …", "are tee why nine …", "ex vee see five …").
   */
  private static boolean opensCode(List<SpokenToken> tokens, int k) {
    var next = tokens.get(k + 1);
    return NAMES.containsKey(next.text()) || SpokenIdentifierRecognizer.isLetter(next);
  }

  /** The word before token {@code k}: two common-word names side by side are words, not letters. */
  private static String neighbour(List<SpokenToken> tokens, int k) {
    return tokens.get(k - 1).text();
  }

  /** "double you", two tokens as said, is the one letter w, inside a code or opening one. */
  private static void joinDoubleYou(List<SpokenToken> tokens) {
    for (int k = tokens.size() - 1; k >= 1; k--) {
      var twice = tokens.get(k - 1);
      var you = tokens.get(k);
      if (you.is("you")
          && twice.is("double")
          && (k >= 2 && piece(tokens.get(k - 2))
              || k + 1 < tokens.size() && piece(tokens.get(k + 1)))) {
        tokens.set(k - 1, new SpokenToken(twice.start(), you.end(), "w", SpokenToken.Type.WORD));
        tokens.remove(k);
        k--;
      }
    }
  }

  private static boolean piece(SpokenToken t) {
    return digit(t)
        || SpokenIdentifierRecognizer.isLetter(t)
        || t.isWord() && (NAMES.containsKey(t.text()) || WORDS.containsKey(t.text()));
  }

  private static boolean digit(SpokenToken t) {
    return t.isNumber() && t.text().length() <= 4
        || NumberWords.singleDigit(t) >= 0
        || t.is("oh")
        || t.is("double")
        || t.is("triple");
  }
}
