package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The place that names a branch: "is the lubbock office closer", "at the little brannock lab", "the
 * new carrick clinic". After "the", one to three words before a facility noun are a place when the
 * last of them is a word no common-word list has; the words before it count when they are such
 * words too or begin place names ("new", "north", "little", "port"). "The main office", "the
 * billing office" and "the union lab" are left: their words are common ones.
 */
public final class PlacesBeforeFacilities {
  private static final int MAX_WORDS = 3;
  private static final double CONFIDENCE = 0.7;

  private static final Set<String> FACILITIES =
      Set.of(
          "office",
          "offices",
          "lab",
          "labs",
          "laboratory",
          "clinic",
          "branch",
          "location",
          "hospital",
          "pharmacy",
          "campus",
          "site",
          "practice",
          "surgery",
          "center",
          "centre");

  /** Words that begin a place name without being one alone. */
  static final Set<String> PLACE_STARTS =
      Set.of(
          "new", "north", "south", "east", "west", "little", "upper", "lower", "port", "fort",
          "mount", "lake", "saint", "st", "san", "santa", "los", "las", "el", "la", "old", "great");

  private PlacesBeforeFacilities() {}

  /** The places before facility nouns in {@code text}, not yet covered by {@code resolved}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (!mentionsFacility(text)) {
      return out; // most turns: no tokenizing again
    }
    var words = TokenizedText.of(text);
    var lexicon = Lexicon.standard();
    for (int f = 2; f < words.size(); f++) {
      if (!FACILITIES.contains(words.word(f))) {
        continue;
      }
      int last = f - 1;
      if (!isPlaceWord(words, last, lexicon)) {
        continue;
      }
      int first = last;
      while (first - 1 >= 0
          && last - first + 1 < MAX_WORDS
          && (isPlaceWord(words, first - 1, lexicon)
              || PLACE_STARTS.contains(words.word(first - 1)))) {
        first--;
      }
      if (first == 0 || !words.word(first - 1).equals("the")) {
        continue;
      }
      int start = words.start(first);
      int end = words.end(last);
      if (!ResolvedSpans.overlapPlace(resolved, start, end)) { // a name read there is the place
        out.add(ResolvedSpans.location(text, start, end, CONFIDENCE));
      }
    }
    return out;
  }

  private static boolean mentionsFacility(String text) {
    for (String facility : FACILITIES) {
      // the first letter left out, "Office" as well as "office"; a short word after a blank, so
      // that "available" holds no "lab"
      if (text.indexOf(facility.length() >= 5 ? facility.substring(1) : " " + facility) > 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlaceWord(TokenizedText words, int i, Lexicon lexicon) {
    String word = words.word(i);
    return word.length() >= 3
        && word.chars().allMatch(Character::isLetter)
        && !lexicon.isCommonWord(word)
        && !lexicon.isFirstName(word) // "the grace clinic", "bill the grant office"
        && !PLACE_STARTS.contains(word);
  }
}
