package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Set;

/**
 * The cities and counties of the lists, for {@link PlaceRecognizer}: a city (multi-word ones too,
 * "san francisco", "new york city") weighed by the place cue before it and a state or ZIP code
 * after it, and a county ("orange county") as LOCATION. Cities that are ordinary words ("mobile",
 * "reading") need a strong cue ("live in", "moved to") or a following state; cities that are also
 * person names ("jackson") need a place cue; a gazetteer town counts only capitalised after a cue.
 * A city name followed by a facility word ("Riverside Clinic") is a facility, and a US-only city
 * name right after a foreign city ("Guadalajara, Mexico") is its country.
 */
final class ListedPlaces {
  /** Words after a county name ("orange county"). */
  private static final Set<String> COUNTY_WORDS = Lexicon.read("county-words.txt");

  /** Words after a place name that make it the name of a facility ("Riverside Clinic"). */
  private static final Set<String> FACILITY_WORDS = Lexicon.read("facility-words.txt");

  private final Lexicon lexicon;
  private final PhraseTrie countries;
  private final UnlistedTowns towns;

  ListedPlaces(Lexicon lexicon, PhraseTrie countries, UnlistedTowns towns) {
    this.lexicon = lexicon;
    this.countries = countries;
    this.towns = towns;
  }

  /**
   * "Guadalajara, Mexico": after a city outside the US and a comma, a name that the lists have only
   * as a US city is the country or region of the first, not a place of its own.
   */
  boolean regionOfCity(TokenizedText text, int i, int cityEnd, int cityFlags) {
    if (i != cityEnd
        || (cityFlags & Lexicon.PLACE_WORLD) == 0
        || text.gapBefore(i) != TokenizedText.GAP_COMMA) {
      return false;
    }
    PhraseTrie.Match city = lexicon.cities().longestAt(text, i);
    return city != null && (city.value() & Lexicon.PLACE_WORLD) == 0;
  }

  /** "orange county", "cook county": returns the token after, or i. */
  int county(TokenizedText text, int i, List<Detection> found) {
    PhraseTrie.Match county = lexicon.counties().longestAt(text, i);
    PhraseTrie.Match city = lexicon.cities().longestAt(text, i);
    int tokens = Math.max(county == null ? 0 : county.tokens(), city == null ? 0 : city.tokens());
    double confidence = 0.9;
    if (tokens == 0) {
      if (!text.capitalized(i) || lexicon.isFunctionWord(text.word(i))) {
        return i;
      }
      tokens = 1;
      confidence = 0.8;
    }
    int word = i + tokens;
    if (word >= text.size()
        || text.gapBefore(word) != TokenizedText.GAP_SPACE
        || !COUNTY_WORDS.contains(text.word(word))) {
      return i;
    }
    found.add(
        new Detection(
            EntityKind.LOCATION,
            text.start(i),
            text.end(word),
            confidence,
            Pass.LEXICON,
            text.joined(i, word + 1)));
    return word + 1;
  }

  /**
   * The capitalised run goes on at token {@code t}: a capitalised word, or a short lower-case
   * particle before one ("de Santa", "nad Ostravicí").
   */
  private static boolean runsOn(TokenizedText text, int t) {
    if (t >= text.size() || text.gapBefore(t) != TokenizedText.GAP_SPACE) {
      return false;
    }
    if (text.capitalized(t)) {
      return true;
    }
    return text.word(t).length() <= 3
        && t + 1 < text.size()
        && text.gapBefore(t + 1) == TokenizedText.GAP_SPACE
        && text.capitalized(t + 1);
  }

  /**
   * Whether the word after a city is a lower-case noun it names a kind of ("Brussels sprouts",
   * "Oxford knee score"), in a text written with capitals: no place of a person without a cue.
   */
  private boolean modifiesNoun(TokenizedText text, int end) {
    if (text.lowerCase() || end >= text.size() || text.gapBefore(end) != TokenizedText.GAP_SPACE) {
      return false;
    }
    String word = text.word(end);
    return Character.isLowerCase(text.text().charAt(text.start(end)))
        && (lexicon.isCommonWord(word) || DictionaryWords.standard().contains(word))
        && !lexicon.isFunctionWord(word);
  }

  /** A city of the lists, weighed by its cue and a following state: returns the token after. */
  int city(TokenizedText text, int i, int cue, int[] numberRunEnd, List<Detection> found) {
    PhraseTrie.Match city = lexicon.cities().longestAt(text, i);
    if (city == null) {
      city = cue == 0 ? null : lexicon.towns().longestAt(text, i);
      if (city == null
          || !(text.capitalized(i) && text.capitalized(i + city.tokens() - 1)
              || cue == PlaceRecognizer.STRONG && text.lowerCase() && noWords(text, i, city))) {
        // a gazetteer town counts only capitalised after a place cue, or in a transcript after a
        // strong one when no word of it is an ordinary one ("he moved to kinsale")
        return i;
      }
      if (runsOn(text, i + city.tokens())) {
        return i; // "El Puerto de Santa María": a longer name than the gazetteer's "El Puerto"
      }
    }
    int end = i + city.tokens();
    int flags = city.value();
    if (end < text.size()
        && text.gapBefore(end) == TokenizedText.GAP_SPACE
        && FACILITY_WORDS.contains(text.word(end))) {
      return end; // "The Riverside Clinic": a facility, not the city
    }
    boolean stateFollows = towns.stateAt(text, end) || PlaceZip.zipAt(text, end, numberRunEnd);
    PhraseTrie.Match country = countries.longestAt(text, i);
    if (country != null && country.tokens() >= city.tokens() && !stateFollows) {
      return i; // "…, 19261 Ixil, Mexico", "Volos, Greece": the country, not a town so named
    }
    boolean cityWord =
        end < text.size()
            && text.gapBefore(end) == TokenizedText.GAP_SPACE
            && text.word(end).equals("city");
    boolean common = (flags & Lexicon.PLACE_COMMON_WORD) != 0;
    if (common
        && i > 0
        && text.gapBefore(i) == TokenizedText.GAP_SPACE
        && OWNERS.contains(text.word(i - 1))) {
      return i; // "ring my mobile, oh seven seven …": the thing, not the city
    }
    if (text.lowerCase() && describedThing(text, i)) {
      return i; // "the big white house", "our old orange grove": a thing described, not a town
    }
    boolean person = (flags & Lexicon.PLACE_PERSON_NAME) != 0;
    boolean capital = UnlistedTowns.allCapitalized(text, i, end);
    double confidence;
    if (stateFollows) {
      confidence = 0.92;
    } else if (cue == PlaceRecognizer.STRONG) {
      confidence = common && !capital ? 0.75 : 0.9;
    } else if (cue == PlaceRecognizer.WEAK) {
      confidence = common ? (capital ? 0.65 : 0) : person ? (capital ? 0.7 : 0.55) : 0.8;
    } else if (common || person || modifiesNoun(text, end)) {
      confidence = 0; // "Brussels sprouts", "Dijon mustard": a city naming a kind of thing
    } else {
      confidence = (city.tokens() > 1 ? 0.68 : 0.58) + (capital ? 0.07 : 0);
    }
    if (cityWord) {
      end++;
      confidence = Math.max(confidence, 0.85);
    }
    if (confidence <= 0) {
      return i;
    }
    found.add(UnlistedTowns.town(text, i, end, confidence));
    return end;
  }

  /** Whether no word of the town at {@code i} is an ordinary word or a function word. */
  private boolean noWords(TokenizedText text, int i, PhraseTrie.Match town) {
    for (int k = i; k < i + town.tokens(); k++) {
      String word = text.word(k);
      if (lexicon.isCommonWord(word)
          || lexicon.isFunctionWord(word)
          || DictionaryWords.standard().contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether an owner and a describing word stand before token {@code i}: "the big …". */
  private boolean describedThing(TokenizedText text, int i) {
    return i >= 2
        && text.gapBefore(i) == TokenizedText.GAP_SPACE
        && text.gapBefore(i - 1) == TokenizedText.GAP_SPACE
        && OWNERS.contains(text.word(i - 2))
        && lexicon.isCommonWord(text.word(i - 1))
        && !lexicon.isFunctionWord(text.word(i - 1));
  }

  /** Words that make the word after them a thing someone has ("my mobile", "her reading"). */
  private static final Set<String> OWNERS =
      Set.of("my", "your", "his", "her", "our", "their", "the", "a", "an", "this", "that");
}
