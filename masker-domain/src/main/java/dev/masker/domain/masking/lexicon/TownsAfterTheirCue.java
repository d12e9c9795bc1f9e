package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A town after the words that say it is one: "the town is hazard and the zip is …", "and the city
 * is little elk crossing", "the city is lake of pines". In a lower-case transcript, one to three
 * words (with an "of" between two) after "the town is", "the town is called", "the city is" or "and
 * the town" are the town when the clause ends after them; a single everyday word only when it is a
 * town's name ("the city is nice" says nothing of where). After an address or a ZIP code, "and
 * it's" and "then it's" say the town too ("my zip code is four eight double seven eight and it's
 * fairhollow").
 */
public final class TownsAfterTheirCue {
  private static final double CONFIDENCE = 0.8;
  private static final int MAX_WORDS = 3;

  private static final Set<String> PLACES = Set.of("town", "city", "village", "township");

  /** What may end the town's words: a filler or a new clause. */
  private static final Set<String> ENDS =
      Set.of("um", "uh", "and", "so", "but", "okay", "ok", "yeah", "yes", "right", "like", "well");

  private TownsAfterTheirCue() {}

  /** The towns said after "the town is" and the like in {@code text}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    boolean afterPlace = text.contains("it's") && ResolvedSpans.givePlace(resolved);
    if (!(afterPlace || text.contains("town") || text.contains("city") || text.contains("village"))
        || TokenizedText.capitalBeyondI(text)) {
      return out;
    }
    var words = TokenizedText.of(text);
    if (!words.lowerCase()) {
      return out;
    }
    var lexicon = Lexicon.standard();
    for (int t = 1; t + 1 < words.size(); t++) {
      int first = townAfter(words, t);
      boolean itIs = first < 0 && afterPlace && (first = townAfterPlace(words, t, resolved)) >= 0;
      if (first < 0) {
        continue;
      }
      int end = first;
      while (end < words.size()
          && end - first < MAX_WORDS
          && words.gapBefore(end) == TokenizedText.GAP_SPACE
          && (townWord(words, end, lexicon)
              || words.word(end).equals("of") && end > first && end + 1 < words.size())) {
        end++;
      }
      if (end > first && words.word(end - 1).equals("of")) {
        end--;
      }
      if (end > first
          && closes(words, end, lexicon)
          && named(words, first, end, lexicon)
          && (!itIs || shapedLikeTown(words, first, end, lexicon))) {
        int start = words.start(first);
        int stop = words.end(end - 1);
        if (!ResolvedSpans.overlap(resolved, start, stop)) {
          out.add(ResolvedSpans.location(text, start, stop, CONFIDENCE));
        }
      }
    }
    return out;
  }

  /**
   * The token after "the town is", "the town is called" or "and the town" when token {@code t} is
   * the place word, or -1.
   */
  private static int townAfter(TokenizedText words, int t) {
    if (!PLACES.contains(words.word(t)) || !words.word(t - 1).equals("the")) {
      return -1;
    }
    if (words.word(t + 1).equals("is") && t + 2 < words.size()) {
      return words.word(t + 2).equals("called") && t + 3 < words.size() ? t + 3 : t + 2;
    }
    return t >= 2 && words.word(t - 2).equals("and") ? t + 1 : -1; // "… and the town union"
  }

  /** Words that start the names of towns made of everyday words ("old fort", "grand ledge"). */
  private static final Set<String> STARTS =
      Set.of(
          "old", "new", "grand", "big", "little", "north", "south", "east", "west", "port", "fort",
          "mount", "lake", "glen", "saint", "point", "twin", "upper", "lower", "white", "black");

  /**
   * The token after "and it's" or "then it's" at {@code t} when an address or a ZIP code was said
   * before it: "my zip code is four eight double seven eight and it's fairhollow", "… apt twenty
   * then it's grand ledge". Or -1.
   */
  private static int townAfterPlace(TokenizedText words, int t, List<Detection> resolved) {
    if (!words.word(t).equals("it's")
        || !(words.word(t - 1).equals("and") || words.word(t - 1).equals("then"))) {
      return -1;
    }
    int at = words.start(t);
    for (Detection d : resolved) {
      if ((d.kind() == EntityKind.ADDRESS || d.kind() == EntityKind.ZIP) && d.end() < at) {
        return t + 1;
      }
    }
    return -1;
  }

  /**
   * Whether words after "and it's" name a town by their shape: a word no dictionary has, a town
   * that is an everyday word, or words opened as towns are ("old fort") — not "and it's really
   * late".
   */
  private static boolean shapedLikeTown(TokenizedText words, int first, int end, Lexicon lexicon) {
    if (end - first == 1) {
      return true; // named() already asked for an unknown word or a town's
    }
    if (STARTS.contains(words.word(first))) {
      return true;
    }
    for (int k = first; k < end; k++) {
      if (!lexicon.isEnglishWord(words.word(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean townWord(TokenizedText words, int t, Lexicon lexicon) {
    String word = words.word(t);
    return !words.isDigits(t)
        && word.length() >= 3
        && !lexicon.isFunctionWord(word)
        && !ENDS.contains(word)
        && word.chars().allMatch(Character::isLetter);
  }

  private static boolean closes(TokenizedText words, int end, Lexicon lexicon) {
    return end == words.size()
        || words.gapBefore(end) != TokenizedText.GAP_SPACE
        || ENDS.contains(words.word(end))
        || lexicon.isFunctionWord(words.word(end));
  }

  /** Two words or more, a word no dictionary has, or a town's name that is an everyday word. */
  private static boolean named(TokenizedText words, int first, int end, Lexicon lexicon) {
    if (end - first >= 2) {
      return true;
    }
    String word = words.word(first);
    return !lexicon.isEnglishWord(word) || TownsThatAreWords.isTown(word);
  }
}
