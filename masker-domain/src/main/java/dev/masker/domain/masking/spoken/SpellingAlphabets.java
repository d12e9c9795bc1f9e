package dev.masker.domain.masking.spoken;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Letters said as the words of a spelling alphabet inside a code: "charlie golf zulu eight one
 * two", "five king six nine …", "alpha dog double three five". Each such word becomes a token of
 * its letter spanning the word, so the code reads as its letters and digits wherever a spelled
 * letter would ("c g z 8 1 2").
 *
 * <p>A word of the NATO alphabet is a letter in a run of alphabet words and spelled letters that
 * touches a digit; a word of the older police and phone alphabets ("dog", "king", "umbrella",
 * "david") only in such a run with a NATO word in it, or between digits; "november" alone never.
 * Elsewhere they stay words: "tell mike i called", "my son david is five", "the dog ate it",
 * "november six".
 */
final class SpellingAlphabets {
  /** The NATO alphabet, with the spellings a transcriber gives a few of its words. */
  private static final Map<String, String> NATO =
      Map.ofEntries(
          Map.entry("alpha", "a"),
          Map.entry("alfa", "a"),
          Map.entry("bravo", "b"),
          Map.entry("charlie", "c"),
          Map.entry("delta", "d"),
          Map.entry("echo", "e"),
          Map.entry("foxtrot", "f"),
          Map.entry("golf", "g"),
          Map.entry("hotel", "h"),
          Map.entry("india", "i"),
          Map.entry("juliet", "j"),
          Map.entry("juliett", "j"),
          Map.entry("kilo", "k"),
          Map.entry("lima", "l"),
          Map.entry("mike", "m"),
          Map.entry("november", "n"),
          Map.entry("oscar", "o"),
          Map.entry("papa", "p"),
          Map.entry("quebec", "q"),
          Map.entry("romeo", "r"),
          Map.entry("sierra", "s"),
          Map.entry("tango", "t"),
          Map.entry("uniform", "u"),
          Map.entry("victor", "v"),
          Map.entry("whiskey", "w"),
          Map.entry("whisky", "w"),
          Map.entry("xray", "x"),
          Map.entry("yankee", "y"),
          Map.entry("zulu", "z"));

  /** Words of older police and phone alphabets that callers still use. */
  private static final Set<String> OTHERS =
      Set.of(
          "adam",
          "apple",
          "baker",
          "boy",
          "charles",
          "david",
          "dog",
          "easy",
          "edward",
          "fox",
          "frank",
          "george",
          "henry",
          "ida",
          "item",
          "john",
          "king",
          "larry",
          "love",
          "mary",
          "nancy",
          "nora",
          "ocean",
          "paul",
          "peter",
          "queen",
          "robert",
          "roger",
          "sam",
          "sugar",
          "tom",
          "union",
          "uncle",
          "umbrella",
          "william",
          "young",
          "zebra");

  /** Every alphabet word with its letter: one look tells whether a word is one. */
  private static final Map<String, String> LETTERS = letters();

  private static Map<String, String> letters() {
    var letters = new HashMap<String, String>(NATO);
    OTHERS.forEach(word -> letters.put(word, word.substring(0, 1)));
    return Map.copyOf(letters);
  }

  private SpellingAlphabets() {}

  /** Replaces the alphabet words of {@code tokens} that spell a code by their letters. */
  static void spell(List<SpokenToken> tokens) {
    joinXray(tokens);
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      if (!alphabetWord(tokens.get(i))) {
        continue;
      }
      int first = i;
      while (first > 0 && SpokenIdentifierRecognizer.isLetter(tokens.get(first - 1))) {
        first--;
      }
      int end = i;
      boolean nato = false;
      while (end < n
          && (alphabetWord(tokens.get(end))
              || SpokenIdentifierRecognizer.isLetter(tokens.get(end)))) {
        nato |= NATO.containsKey(tokens.get(end).text());
        end++;
      }
      boolean digitBefore = first > 0 && digit(tokens.get(first - 1));
      boolean digitAfter = end < n && digit(tokens.get(end));
      boolean month = end - first == 1 && tokens.get(i).is("november"); // "november six"
      if (!month && (nato && (digitBefore || digitAfter) || digitBefore && digitAfter)) {
        for (int k = i; k < end; k++) {
          var t = tokens.get(k);
          if (alphabetWord(t)) {
            tokens.set(k, new SpokenToken(t.start(), t.end(), letter(t.text()), t.type()));
          }
        }
      }
      i = end - 1;
    }
  }

  /** "x-ray", three tokens as written, is the one alphabet word "xray". */
  private static void joinXray(List<SpokenToken> tokens) {
    for (int k = tokens.size() - 1; k >= 2; k--) {
      var x = tokens.get(k - 2);
      var ray = tokens.get(k);
      if (ray.is("ray")
          && tokens.get(k - 1).is("-")
          && x.is("x")
          && x.end() == tokens.get(k - 1).start()
          && tokens.get(k - 1).end() == ray.start()) {
        tokens.set(k - 2, new SpokenToken(x.start(), ray.end(), "xray", SpokenToken.Type.WORD));
        tokens.subList(k - 1, k + 1).clear();
        k -= 2;
      }
    }
  }

  /** Whether {@code word} is a word of the NATO alphabet ("alpha", "xray"). */
  static boolean nato(String word) {
    return NATO.containsKey(word);
  }

  private static boolean alphabetWord(SpokenToken t) {
    return t.isWord() && t.text().length() >= 3 && LETTERS.containsKey(t.text());
  }

  private static String letter(String word) {
    return LETTERS.get(word);
  }

  private static boolean digit(SpokenToken t) {
    return t.isNumber()
        || NumberWords.singleDigit(t) >= 0
        || t.is("oh")
        || t.is("double")
        || t.is("triple");
  }
}
