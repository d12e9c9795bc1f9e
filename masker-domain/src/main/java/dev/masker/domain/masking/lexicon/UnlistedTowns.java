package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Set;

/**
 * Towns no list has, for {@link PlaceRecognizer}: read by their shape ("-ville", "north …", a
 * capitalised run in written text) after a place cue, an address or a postal code; and the tests on
 * words those readings share (a title-case word, a form's label, a line break, a state or a country
 * next to it), which {@link PostalTowns} reads a postal code and its town with.
 */
final class UnlistedTowns {
  /** Endings of town names ("-ville", "-mouth", "-stad"). */
  private static final Set<String> PLACE_ENDINGS = Lexicon.read("place-name-endings.txt");

  /** First words of compound town names ("north", "lake", "san"). */
  static final Set<String> PLACE_PREFIXES = Lexicon.read("place-name-prefixes.txt");

  /** Articles and particles that begin a town's name ("Le Mans", "Den Haag", "Al Ain"). */
  static final Set<String> TOWN_ARTICLES = Lexicon.read("town-articles.txt");

  /** Capitalised words after "in" or "from" that are no town ("in March", "from Cardiology"). */
  static final Set<String> NOT_TOWN_WORDS = Lexicon.read("not-town-words.txt");

  /** Weak cues after which a capitalised ordinary word is a town ("in Nice", "from Bath"). */
  private static final Set<String> TOWN_PREPOSITIONS = Set.of("in", "from", "near");

  /** Postal-code labels, which come where a town could ("…, CEP 39978-855", "PLZ 10115"). */
  private static final Set<String> POSTAL_LABELS =
      Set.of("cep", "plz", "cp", "cap", "npa", "zip", "postcode", "postnr", "postnummer");

  static final int MAX_TOWN_TOKENS = 3;

  private final Lexicon lexicon;
  private final PhraseTrie countries;

  UnlistedTowns(Lexicon lexicon, PhraseTrie countries) {
    this.lexicon = lexicon;
    this.countries = countries;
  }

  /**
   * A town no list has, after a place cue or an address: one to three words that are neither
   * function words nor number words, ending the clause (a comma, a stop, a function word, a state
   * or a ZIP code after them), and shaped like a town name — an ending such as "-ville",
   * "-borough", "-mouth", "-stad" on a word that is not an ordinary one ("north rosalindaville",
   * "croninborough"), or a first word such as "north", "lake", "san" before a word that is not
   * ("lake dorinda"). Written text also counts capitalised words after a strong cue ("in Skórcz").
   * Right after an address and before a ZIP code or a state, any such words are the town. Returns
   * the token after the town, or {@code i}.
   */
  int unlistedTown(
      TokenizedText text,
      int i,
      int cue,
      boolean afterAddress,
      int[] numberRunEnd,
      List<Detection> found) {
    int size = text.size();
    if (lexicon.states().longestAt(text, i) != null || countries.longestAt(text, i) != null) {
      return i; // "lives in Ohio", "…, 1634, Portugal": a state or a country is not reported
    }
    // "Le Mans", "Den Haag", "Al Ain": a capitalised article before a capitalised word
    boolean article =
        TOWN_ARTICLES.contains(text.word(i))
            && StreetFirstAddress.upper(text, i)
            && i + 1 < size
            && text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
            && StreetFirstAddress.upper(text, i + 1)
            && isTownWord(text, i + 1);
    // "'s-Hertogenbosch": the apostrophe is the town's own
    boolean elided = elidedArticle(text, i);
    int first = article ? i + 1 : i;
    int end = first;
    int particles = 0; // "Carmo do Rio Claro": particles inside do not count
    while (end < size
        && end - first - particles < MAX_TOWN_TOKENS
        && (end == first || text.gapBefore(end) == TokenizedText.GAP_SPACE)
        && (isTownWord(text, end) || end == i && PLACE_PREFIXES.contains(text.word(end)))
        && (end == i || !text.capitalized(i) && !article || text.capitalized(end))
        && !(afterAddress && end > first && PlaceZip.regionAndCodeAt(text, end))) {
      end++;
      if (end + 1 < size
          && StreetFirstAddress.upper(text, i)
          && StreetFirstAddress.isParticle(text.word(end))
          && text.gapBefore(end) == TokenizedText.GAP_SPACE
          && text.gapBefore(end + 1) == TokenizedText.GAP_SPACE
          && StreetFirstAddress.upper(text, end + 1)) {
        end++; // "Alcalá de Guadaira"
        particles++;
      }
    }
    if (end == i) {
      return i;
    }
    boolean zipOrState =
        PlaceZip.zipAt(text, end, numberRunEnd)
            || stateAt(text, end)
            || labelledCodeAt(text, end)
            // "Unit 15/16 High Street, Ballarat VIC 4092": a region's code and a postal code
            || afterAddress && PlaceZip.regionAndCodeAt(text, end)
            // "Rechov HaNevi'im 17, Rehovot 4269069": after an address, a code of any shape
            || afterAddress && anyCodeAt(text, end);
    boolean clauseEnds =
        end == size
            || text.gapBefore(end) != TokenizedText.GAP_SPACE
            || lexicon.isFunctionWord(text.word(end))
            || zipOrState;
    boolean capitalised = elided ? end == i + 1 : capitalizedRun(text, i, end);
    if (capitalised && !clauseEnds && !text.capitalized(end) && !text.isDigits(end)) {
      clauseEnds = true; // "in Skórcz last week": the capitalised words end there
    }
    if (capitalised && !clauseEnds && TownDistricts.at(text, end)) {
      clauseEnds = true; // "moved to Bratislava II last year", "lives in Praha 4, near …"
    }
    double confidence;
    if (!clauseEnds) {
      return i;
    } else if (afterAddress && zipOrState) {
      confidence = 0.85;
    } else if (townShaped(text, i, end)) {
      // after a weak cue ("at bedside") only a capitalised one: lower case needs a strong cue
      confidence =
          afterAddress || zipOrState
              ? 0.85
              : cue == PlaceRecognizer.STRONG ? 0.88 : allCapitalized(text, i, end) ? 0.7 : 0.5;
    } else if (cue == PlaceRecognizer.STRONG
        && capitalised
        && (afterAddress || noneCommon(text, i, end))) {
      confidence = 0.7;
    } else if (capitalised && (article || elided)) {
      confidence = 0.85; // "in Le Mans", "from 's-Hertogenbosch"
    } else if (capitalised
        && end - i == 1
        && text.capitalized(i)
        && (cue == PlaceRecognizer.STRONG || TOWN_PREPOSITIONS.contains(text.word(i - 1)))
        && titleCase(text, i) // not "ADLs"
        && (end == size || !text.capitalized(end) && !text.isDigits(end)) // not "Conference Room 3"
        && !NOT_TOWN_WORDS.contains(text.word(i))) {
      confidence = 0.85; // written "in Nice", "from Bath": a capital mid-sentence after a place cue
    } else {
      return i;
    }
    found.add(
        new Detection(
            EntityKind.LOCATION,
            elided ? text.start(i) - 1 : text.start(i),
            text.end(end - 1),
            confidence,
            Pass.LEXICON,
            text.joined(i, end)));
    return end;
  }

  /**
   * Words right after an address and right before a ZIP code: the town. Returns the token after.
   */
  int townBeforeZip(TokenizedText text, int i, int[] numberRunEnd, List<Detection> found) {
    int end = i;
    while (end < text.size()
        && end - i < MAX_TOWN_TOKENS
        && (end == i || text.gapBefore(end) == TokenizedText.GAP_SPACE)
        && isTownWord(text, end)) {
      end++;
    }
    if (end == i
        || !PlaceZip.zipAt(text, end, numberRunEnd)
        || countries.longestAt(text, i) != null) {
      return i;
    }
    found.add(town(text, i, end, 0.85));
    return end;
  }

  /** Digits of a postal code of any shape at token {@code t}, not part of a longer number. */
  static boolean anyCodeAt(TokenizedText text, int t) {
    if (t >= text.size() || text.gapBefore(t) != TokenizedText.GAP_SPACE || !text.isDigits(t)) {
      return false;
    }
    int code = PostalCode.end(text, t, PostalCode.Shapes.ALL);
    return code > t
        && !(code < text.size()
            && text.gapBefore(code) == TokenizedText.GAP_SPACE
            && text.isDigits(code));
  }

  /** A postal-code label and a code of any shape at {@code t} ("CEP 39978-855", "PLZ: 10115"). */
  static boolean labelledCodeAt(TokenizedText text, int t) {
    return t + 1 < text.size()
        && POSTAL_LABELS.contains(text.word(t))
        && text.gapBefore(t + 1) != TokenizedText.GAP_COMMA
        && PostalCode.end(text, t + 1, PostalCode.Shapes.ALL) > t + 1;
  }

  boolean isTownWord(TokenizedText text, int t) {
    String word = text.word(t);
    return !text.isDigits(t)
        && !lexicon.isFunctionWord(word)
        && !PlaceRecognizer.NUMBER_WORDS.contains(word)
        && !lexicon.isStreetSuffix(word)
        && !PlaceRecognizer.UNIT_WORDS.contains(word)
        && !word.endsWith("'s") // "St. Mary's": a hospital or a person's
        && !labelEnd(text, t) // "City:" is a form's label, not a town
        && !POSTAL_LABELS.contains(word) // "…, Silvânia, CEP 39978-855"
        && !hasDigit(word)
        && word.length() > 2;
  }

  /** A capital, then only small letters (apostrophes and hyphens aside): "Nice", not "ADLs". */
  static boolean titleCase(TokenizedText text, int t) {
    String raw = text.text();
    for (int c = text.start(t) + 1; c < text.end(t); c++) {
      if (Character.isUpperCase(raw.charAt(c)) && raw.charAt(c - 1) != '-') {
        return false;
      }
    }
    return Character.isUpperCase(raw.charAt(text.start(t)));
  }

  /** "'s-Hertogenbosch", "'s-Gravenhage": an apostrophe, "s-" and a capital. */
  static boolean elidedArticle(TokenizedText text, int i) {
    String raw = text.text();
    int start = text.start(i);
    return start > 0
        && (raw.charAt(start - 1) == '\'' || raw.charAt(start - 1) == '\u2019')
        && start + 2 < text.end(i)
        && raw.charAt(start) == 's'
        && raw.charAt(start + 1) == '-'
        && Character.isUpperCase(raw.charAt(start + 2));
  }

  /** A colon right after token {@code t}: a form's label ("City:", "Town:"). */
  static boolean labelEnd(TokenizedText text, int t) {
    int end = text.end(t);
    return end < text.text().length() && text.text().charAt(end) == ':';
  }

  /** Every word from {@code from} to {@code to} has a capital, particles inside aside. */
  static boolean capitalizedRun(TokenizedText text, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!StreetFirstAddress.upper(text, t)
          && !(t > from && StreetFirstAddress.isParticle(text.word(t)))) {
        return false;
      }
    }
    return true;
  }

  static boolean hasDigit(String word) {
    for (int c = 0; c < word.length(); c++) {
      if (Character.isDigit(word.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  static boolean lineBreakBefore(TokenizedText text, int t) {
    String raw = text.text();
    for (int c = text.end(t - 1); c < text.start(t); c++) {
      if (raw.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  boolean townShaped(TokenizedText text, int from, int to) {
    if (to - from >= 2
        && PLACE_PREFIXES.contains(text.word(from))
        && noneCommon(text, from + 1, to)) {
      return true;
    }
    String last = text.word(to - 1);
    if (lexicon.isCommonWord(last)) {
      return false;
    }
    if (placeEnding(last)) {
      return to - from == 1 || noneCommon(text, from, to - 1) || isPlacePrefix(text, from, to);
    }
    return false;
  }

  /** Whether {@code word} ends as town names do ("-ville", "-bury", "-water") after 3 letters. */
  static boolean placeEnding(String word) {
    int length = word.length();
    for (int k = 2; k <= 8 && k < length - 2; k++) {
      if (PLACE_ENDINGS.contains(word.substring(length - k))) {
        return true;
      }
    }
    return false;
  }

  static boolean isPlacePrefix(TokenizedText text, int from, int to) {
    return to - from == 2 && PLACE_PREFIXES.contains(text.word(from));
  }

  boolean noneCommon(TokenizedText text, int from, int to) {
    for (int t = from; t < to; t++) {
      if (lexicon.isCommonWord(text.word(t))) {
        return false;
      }
    }
    return true;
  }

  boolean stateAt(TokenizedText text, int i) {
    if (i >= text.size() || text.gapBefore(i) == TokenizedText.GAP_STOP) {
      return false;
    }
    if (lexicon.states().longestAt(text, i) != null) {
      return true;
    }
    String word = text.word(i);
    // Two-letter abbreviations only when written in capitals or after a comma ("reno, nv").
    return lexicon.isStateAbbreviation(word)
        && (text.gapBefore(i) == TokenizedText.GAP_COMMA
            || Character.isUpperCase(text.text().charAt(text.start(i) + 1)));
  }

  static boolean allCapitalized(TokenizedText text, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!text.capitalized(t) && text.word(t).length() > 2) {
        return false;
      }
    }
    return true;
  }

  /** Tokens {@code from} to {@code end} (exclusive) as a LOCATION of the lexicon pass. */
  static Detection town(TokenizedText text, int from, int end, double confidence) {
    return new Detection(
        EntityKind.LOCATION,
        text.start(from),
        text.end(end - 1),
        confidence,
        Pass.LEXICON,
        text.joined(from, end));
  }

  /**
   * "…, Flushing, NY 11355": capitalized words no list has, between a comma (or the start of a
   * line) and a comma, a state abbreviation and a ZIP code, are the town of a postal address.
   * Returns the token after the town, or {@code i}.
   */
  int cityBeforeStateAndZip(TokenizedText text, int i, List<Detection> found) {
    if (!text.capitalized(i) && !(i == 0 || text.gapBefore(i) == TokenizedText.GAP_STOP)
        || i > 0 && text.gapBefore(i) == TokenizedText.GAP_SPACE
        || !Character.isUpperCase(text.text().charAt(text.start(i)))) {
      return i;
    }
    int end = i;
    while (end < text.size()
        && end - i < 3
        && (end == i || text.gapBefore(end) == TokenizedText.GAP_SPACE)
        && !text.isDigits(end)
        && !lexicon.isFunctionWord(text.word(end))
        && Character.isUpperCase(text.text().charAt(text.start(end)))) {
      end++;
    }
    if (end == i
        || end + 1 >= text.size()
        || text.gapBefore(end) != TokenizedText.GAP_COMMA
        || !lexicon.isStateAbbreviation(text.word(end))
        || !Character.isUpperCase(text.text().charAt(text.start(end) + 1))
        || text.gapBefore(end + 1) != TokenizedText.GAP_SPACE
        || !(text.isDigits(end + 1) && text.word(end + 1).length() == 5)) {
      return i;
    }
    found.add(town(text, i, end, 0.85));
    return end;
  }
}
