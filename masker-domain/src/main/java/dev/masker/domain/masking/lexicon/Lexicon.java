package dev.masker.domain.masking.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the lexicon pass, read once from the resource files beside this class (one
 * lower-case entry a line, lines starting with {@code #} are comments; see {@code
 * docs/data-sources.md} for where each comes from). Loading fails loudly when a list is missing or
 * empty: a lexicon pass without its lists would silently find nothing. Immutable after loading,
 * shared by every recognizer. The name and place lists are held here; the short hand-written lists
 * of cue phrases and context words ({@link #RESOURCES} after the generated ones) are read with
 * {@link #read} by the class that uses them.
 */
public final class Lexicon {

  /** A city or place that is also an ordinary English word ("mobile", "reading"). */
  static final int PLACE_COMMON_WORD = 1;

  /** A city that is also a first name or a surname ("jackson", "charlotte"). */
  static final int PLACE_PERSON_NAME = 2;

  /** A city outside the United States. */
  static final int PLACE_WORLD = 4;

  /** Any city of the lists. */
  static final int PLACE_CITY = 8;

  /**
   * A town of the large gazetteer only ({@code world-towns.txt}): a place only when written with a
   * capital after a place cue.
   */
  static final int PLACE_TOWN = 16;

  static final List<String> RESOURCES =
      List.of(
          "first-names.txt",
          "surnames.txt",
          "dictionary-given-names.txt",
          "dictionary-surnames.txt",
          "ambiguous-names.txt",
          "function-words.txt",
          "common-words.txt",
          "honorifics.txt",
          "us-cities.txt",
          "world-cities.txt",
          "world-towns.txt",
          "ambiguous-places.txt",
          "us-states.txt",
          "us-state-abbreviations.txt",
          "us-counties.txt",
          "street-suffixes.txt",
          // Hand-written lists read by the name and place recognizers themselves.
          "street-suffixes-world.txt",
          "name-cues-naming.txt",
          "name-cues-medium.txt",
          "name-cues-record.txt",
          "courtesy-words.txt",
          "name-cues-weak.txt",
          "name-labels.txt",
          "greetings.txt",
          "self-introductions.txt",
          "turn-openers.txt",
          "fillers.txt",
          "name-followers.txt",
          "relations.txt",
          "name-particles.txt",
          "surname-particles.txt",
          "saint-words.txt",
          "modal-verbs.txt",
          "everyday-verbs.txt",
          "not-name-endings.txt",
          "drug-name-endings.txt",
          "unheard-terms.txt",
          "foreign-function-words.txt",
          "spoken-address-words.txt",
          "spelled-id-number-words.txt",
          "place-cues-strong.txt",
          "place-cues-weak.txt",
          "house-number-words.txt",
          "zip-digit-words.txt",
          "unit-words.txt",
          "county-words.txt",
          "facility-words.txt",
          "title-surname-stops.txt",
          "person-plurals.txt",
          "name-questions.txt",
          "eponyms.txt",
          "eponym-followers.txt",
          "place-name-endings.txt",
          "place-name-prefixes.txt",
          "street-types.txt",
          "street-name-endings.txt",
          "street-name-particles.txt",
          "unit-designators.txt",
          "country-names.txt",
          "greeting-phrases.txt",
          "country-context-words.txt",
          "country-person-words.txt",
          "country-of-words.txt");

  /** What each word of the name and word lists is, as bits: one lookup answers every question. */
  private final Map<String, Integer> kinds = new HashMap<>();

  private static final int FIRST_NAME = 1;
  private static final int SURNAME = 2;
  private static final int AMBIGUOUS_NAME = 4;
  private static final int FUNCTION_WORD = 8;
  private static final int COMMON_WORD = 16;
  private static final int HONORIFIC = 32;
  private final Set<String> stateNames;
  private final Set<String> honorifics;
  private final Set<String> streetSuffixes;
  private final Set<String> stateAbbreviations;
  private final PhraseTrie cities = new PhraseTrie();
  private final PhraseTrie states = new PhraseTrie();
  private final PhraseTrie counties = new PhraseTrie();
  private final PhraseTrie towns = new PhraseTrie();

  private Lexicon() {
    mark(read("first-names.txt"), FIRST_NAME);
    mark(read("dictionary-given-names.txt"), FIRST_NAME);
    mark(read("surnames.txt"), SURNAME);
    mark(read("dictionary-surnames.txt"), SURNAME);
    mark(read("ambiguous-names.txt"), AMBIGUOUS_NAME);
    mark(read("function-words.txt"), FUNCTION_WORD);
    mark(read("common-words.txt"), COMMON_WORD);
    honorifics = read("honorifics.txt");
    mark(honorifics, HONORIFIC);
    streetSuffixes = new java.util.HashSet<>(read("street-suffixes.txt"));
    streetSuffixes.addAll(read("street-suffixes-world.txt"));
    stateAbbreviations = read("us-state-abbreviations.txt");
    stateNames = read("us-states.txt");
    Set<String> commonPlaces = read("ambiguous-places.txt");
    for (String state : stateNames) {
      states.add(state, 1);
    }
    for (String county : read("us-counties.txt")) {
      counties.add(county, 1);
    }
    addCities(read("us-cities.txt"), 0, commonPlaces, stateNames);
    addCities(read("world-cities.txt"), PLACE_WORLD, commonPlaces, stateNames);
    for (String town : read("world-towns.txt")) {
      towns.add(town, PLACE_WORLD | PLACE_CITY | PLACE_TOWN);
    }
  }

  private void addCities(Set<String> names, int flags, Set<String> common, Set<String> states) {
    for (String city : names) {
      int cityFlags = flags | PLACE_CITY;
      if (common.contains(city) || states.contains(city)) {
        cityFlags |= PLACE_COMMON_WORD;
      }
      if (isName(city)) {
        cityFlags |= PLACE_PERSON_NAME;
      }
      for (String variant : spellings(city)) {
        cities.addFlags(variant, cityFlags);
      }
    }
  }

  /**
   * "saint louis", "st. louis" and "st louis" are one city, as are "fort"/"ft" and "mount"/"mt".
   */
  private static List<String> spellings(String city) {
    String[][] pairs = {{"saint ", "st. "}, {"fort ", "ft. "}, {"mount ", "mt. "}};
    for (String[] pair : pairs) {
      if (city.startsWith(pair[0])) {
        return List.of(city, pair[1] + city.substring(pair[0].length()));
      }
      if (city.startsWith(pair[1])) {
        return List.of(city, pair[0] + city.substring(pair[1].length()));
      }
    }
    return List.of(city);
  }

  private void mark(Set<String> words, int kind) {
    for (String word : words) {
      kinds.merge(word, kind, (a, b) -> a | b);
    }
  }

  private boolean is(String word, int kind) {
    Integer bits = kinds.get(word);
    return bits != null && (bits & kind) != 0;
  }

  /**
   * What {@code word} is in the word lists, from one look-up: for readers that ask several things.
   */
  WordKinds kindsOf(String word) {
    Integer bits = kinds.get(word);
    return bits == null ? WordKinds.NONE : new WordKinds(bits);
  }

  /** The answers of the word lists about one word (see {@link #kindsOf}). */
  record WordKinds(int bits) {
    static final WordKinds NONE = new WordKinds(0);

    boolean honorific() {
      return (bits & HONORIFIC) != 0;
    }

    boolean functionWord() {
      return (bits & FUNCTION_WORD) != 0;
    }

    /** As {@link Lexicon#isCommonWord}: a common or a function word. */
    boolean commonWord() {
      return (bits & (COMMON_WORD | FUNCTION_WORD)) != 0;
    }

    boolean name() {
      return (bits & (FIRST_NAME | SURNAME | AMBIGUOUS_NAME)) != 0;
    }

    boolean ambiguousName() {
      return (bits & AMBIGUOUS_NAME) != 0;
    }
  }

  /** The lists shipped with Masker, loaded on first use. */
  public static Lexicon standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    private static final Lexicon STANDARD = new Lexicon();
    private static final Set<String> FACILITY_WORDS = read("facility-words.txt");
  }

  /**
   * Whether {@code word} (lower case) names a kind of facility, as "clinic", "pharmacy" or
   * "hospital" do: a name holding it is an organisation's.
   */
  public static boolean isFacilityWord(String word) {
    return Holder.FACILITY_WORDS.contains(word);
  }

  /** One list resource as a set of its lines; fails when it is missing or empty. */
  static Set<String> read(String resource) {
    InputStream in = Lexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("lexicon resource missing: " + resource);
    }
    Set<String> entries = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = line.strip().toLowerCase(Locale.ROOT);
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("lexicon resource unreadable: " + resource, e);
    }
    if (entries.isEmpty()) {
      throw new IllegalStateException("lexicon resource empty: " + resource);
    }
    return Set.copyOf(entries);
  }

  boolean isFirstName(String word) {
    return is(word, FIRST_NAME);
  }

  boolean isSurname(String word) {
    return is(word, SURNAME);
  }

  /** A name that is also an ordinary word ("will", "may", "grant"). */
  boolean isAmbiguousName(String word) {
    return is(word, AMBIGUOUS_NAME);
  }

  /** Any entry of the name lists, ambiguous or not. */
  boolean isName(String word) {
    return is(word, FIRST_NAME | SURNAME | AMBIGUOUS_NAME);
  }

  /** Pronouns, auxiliaries, prepositions, fillers, common verbs and units: never a name. */
  boolean isFunctionWord(String word) {
    return is(word, FUNCTION_WORD);
  }

  /**
   * A frequent English word that no name list has ("office", "said", "gonna"), or a function word:
   * it ends a name and is never taken as one.
   */
  boolean isCommonWord(String word) {
    return is(word, COMMON_WORD | FUNCTION_WORD);
  }

  /** A one-word US state name ("florida", "georgia"): a name only with a cue. */
  /**
   * Whether {@code word} (lower case) is an English word: a function word, a common word or one of
   * the dictionary's. For readers outside this package that must tell a word from letters said
   * together ("owe" from "mre").
   */
  public boolean isEnglishWord(String word) {
    return isFunctionWord(word) || isCommonWord(word) || DictionaryWords.standard().contains(word);
  }

  boolean isStateName(String word) {
    return stateNames.contains(word);
  }

  boolean isHonorific(String word) {
    return is(word, HONORIFIC);
  }

  boolean isStreetSuffix(String word) {
    return streetSuffixes.contains(word);
  }

  boolean isStateAbbreviation(String word) {
    return stateAbbreviations.contains(word);
  }

  /**
   * Towns and villages outside the US of 1,000 inhabitants or more that no other list holds and
   * that are no English word or person's name ("herzogenburg", "vyssi brod"); apart from {@link
   * #cities()}, since a name alone says little: only the place recognizer reads it, after a cue.
   */
  PhraseTrie towns() {
    return towns;
  }

  PhraseTrie cities() {
    return cities;
  }

  PhraseTrie states() {
    return states;
  }

  PhraseTrie counties() {
    return counties;
  }

  Set<String> honorifics() {
    return honorifics;
  }
}
