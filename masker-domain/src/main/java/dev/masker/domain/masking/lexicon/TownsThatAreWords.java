package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A town whose name is an everyday word, in the slot a town fills: "she's back in hope now", "she's
 * in plain with me", "i'm at my daughter's in normal until monday", "on my way back from gray can i
 * call you", "staying out near plain for the holidays". In a lower-case transcript, a word of the
 * lists of towns named so ({@code everyday-word-towns.txt}, and the cities of the city list that
 * are everyday words) right after "in", "from", "near" or "outside" is the town when what follows
 * ends a place's phrase: "now", "until", "anymore", "about", a filler, "for the holidays", "with
 * me", "can i", "and i'm"; or when it ends the sentence after words that say someone is or lives
 * there ("out here in hope", "she lives alone in liberty"); or right after "in" in a turn that
 * gives an address, a ZIP code or another town ("on birch hollow rd in liberty the big house"). "in
 * plain english", "from nothing to", "back to normal now", "in hope of" and "we live in hope" stay
 * words.
 */
public final class TownsThatAreWords {
  private static final double CONFIDENCE = 0.75;

  private static final Set<String> TOWNS = towns();

  private static Set<String> towns() {
    var towns = new java.util.HashSet<>(Lexicon.read("everyday-word-towns.txt"));
    towns.addAll(Lexicon.read("ambiguous-places.txt"));
    return Set.copyOf(towns);
  }

  private static final Set<String> BEFORE = Set.of("in", "from", "near", "outside");

  /** Words after which a place's phrase has ended: "in hope now", "in normal until monday". */
  private static final Set<String> CLOSERS =
      Set.of(
          "now",
          "until",
          "till",
          "anymore",
          "since",
          "where",
          "originally",
          "while",
          "um",
          "uh",
          "well",
          "about");

  /**
   * Words that end the phrase with the words after them: "with me", "for the holidays", "can i".
   */
  private static final java.util.Map<String, Set<String>> PAIRED =
      java.util.Map.of(
          "with", Set.of("me", "us", "her", "him", "them", "my", "our"),
          "can", Set.of("i", "you", "we"),
          "and", Set.of("i'm", "we're", "she's", "he's"),
          "for", Set.of("the"));

  /** What "for the" ends a stay with: "near plain for the holidays". */
  private static final Set<String> STAYS =
      Set.of("holidays", "holiday", "weekend", "week", "summer", "winter", "month", "night");

  private TownsThatAreWords() {}

  /** Whether {@code word} names a town of the lists although it is an everyday word. */
  static boolean isTown(String word) {
    return TOWNS.contains(word);
  }

  /** The towns named by everyday words in {@code text}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (TokenizedText.capitalBeyondI(text) || !mayHold(text)) {
      return out;
    }
    var words = TokenizedText.of(text);
    if (!words.lowerCase()) {
      return out;
    }
    boolean placeGiven = ResolvedSpans.givePlace(resolved);
    for (int t = 1; t < words.size(); t++) {
      if (!TOWNS.contains(words.word(t))
          || !BEFORE.contains(words.word(t - 1))
          || words.gapBefore(t) != TokenizedText.GAP_SPACE
          || !(closes(words, t + 1)
              || endsWhereSomeoneIs(words, t)
              || placeGiven && inPlaceGiven(words, t))) {
        continue;
      }
      int start = words.start(t);
      int end = words.end(t);
      if (!ResolvedSpans.overlap(resolved, start, end)) {
        out.add(ResolvedSpans.location(text, start, end, CONFIDENCE));
      }
    }
    return out;
  }

  /**
   * Who is or lives somewhere, right before "in" or "from": "out here in hope", "i'm from climax".
   */
  private static final Set<String> SOMEONE_THERE =
      Set.of(
          "i'm", "im", "we're", "she's", "he's", "they're", "lives", "living", "here", "there",
          "out", "alone", "staying", "calling");

  /**
   * The turn or the sentence ends with the town, and the words before say that someone is or lives
   * there: "she lives alone in liberty", "out here in hope".
   */
  private static boolean endsWhereSomeoneIs(TokenizedText words, int t) {
    return t >= 2
        && (t + 1 == words.size() || words.gapBefore(t + 1) != TokenizedText.GAP_SPACE)
        && SOMEONE_THERE.contains(words.word(t - 2));
  }

  /** Words after which a word is no town but part of a phrase: "in hope of", "in plain english". */
  private static final Set<String> PHRASE_GOES_ON = Set.of("of", "to", "that", "english", "sight");

  /**
   * In a turn that gives an address, a ZIP code or another town, the word right after "in" is the
   * town unless a phrase goes on: "on birch hollow rd in liberty the big white house".
   */
  private static boolean inPlaceGiven(TokenizedText words, int t) {
    return words.word(t - 1).equals("in")
        && (t + 1 == words.size() || !PHRASE_GOES_ON.contains(words.word(t + 1)));
  }

  private static boolean closes(TokenizedText words, int k) {
    if (k >= words.size() || words.gapBefore(k) != TokenizedText.GAP_SPACE) {
      return false;
    }
    String word = words.word(k);
    if (CLOSERS.contains(word)) {
      return true;
    }
    Set<String> next = PAIRED.get(word);
    if (next == null
        || k + 1 >= words.size()
        || words.gapBefore(k + 1) != TokenizedText.GAP_SPACE
        || !next.contains(words.word(k + 1))) {
      return false;
    }
    return !word.equals("for") || k + 2 < words.size() && STAYS.contains(words.word(k + 2));
  }

  private static boolean mayHold(String text) {
    return text.contains("in ")
        || text.contains("from ")
        || text.contains("near ")
        || text.contains("outside ");
  }
}
