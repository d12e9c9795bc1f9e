package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Set;

/**
 * A postal code and the town beside it, for {@link PlaceRecognizer}: the code before the town after
 * an address or on its own ("…, 10115 Berlin", "she moved to 69002 Lyon in 2019"), the town, the
 * code and a country ("Tromsø 9008, Norway", "Leiria, 2400-137 Portugal"), and the tests that keep
 * a year, a time or a quantity from reading as a code ("in 2019 Paris", "at 1430 Oslo"). Town words
 * are read with {@link UnlistedTowns}' tests.
 */
final class PostalTowns {
  /**
   * Small words that may go on after a postal code and its town ("moved to 69002 Lyon in 2019").
   */
  private static final Set<String> AFTER_TOWN =
      Set.of("in", "and", "with", "since", "until", "till", "last", "this", "where", "but", "near");

  /** Words before a year ("in 2019", "since 1998"). */
  private static final Set<String> TEMPORAL =
      Set.of("in", "since", "from", "by", "until", "till", "before", "after", "of", "around");

  private final Lexicon lexicon;
  private final PhraseTrie countries;
  private final UnlistedTowns towns;

  PostalTowns(Lexicon lexicon, PhraseTrie countries, UnlistedTowns towns) {
    this.lexicon = lexicon;
    this.countries = countries;
    this.towns = towns;
  }

  /**
   * A postal code of any shape at {@code i}, then a comma and a country ("1010, Austria"); not a
   * number that reads as a year.
   */
  boolean countryAfterCode(TokenizedText text, int i) {
    int code = PostalCode.end(text, i, PostalCode.Shapes.ALL);
    return code > i
        && !(code == i + 1 && yearLike(text, i)) // "Tokyo 2020, Japan"
        && code < text.size()
        && text.gapBefore(code) == TokenizedText.GAP_COMMA
        && countries.longestAt(text, code) != null;
  }

  /**
   * Right after an address, a postal code and the town after it ("…, 10115 Berlin", "… / 58-346
   * Józefów"): the town is the capitalised words up to a comma, a stop or the end of the line, with
   * particles inside ("Torrejón de Ardoz"). Returns the token after, or {@code i}.
   */
  int postalCodeAndTown(TokenizedText text, int i, boolean townRequired, List<Detection> found) {
    int code = PostalCode.end(text, i, PostalCode.Shapes.ALL);
    if (code == i
        || townRequired
            && (code >= text.size()
                || text.gapBefore(code) != TokenizedText.GAP_SPACE
                || !StreetFirstAddress.upper(text, code))) {
      return i;
    }
    found.add(PostalCode.detection(text, i, code));
    int size = text.size();
    int end = code;
    int last = -1;
    while (end < size
        && end - code < UnlistedTowns.MAX_TOWN_TOKENS + 1
        && text.gapBefore(end) == TokenizedText.GAP_SPACE
        && !UnlistedTowns.hasDigit(text.word(end))) {
      if (StreetFirstAddress.upper(text, end)) {
        last = end;
      } else if (!StreetFirstAddress.isParticle(text.word(end)) || last < 0) {
        break;
      }
      end++;
    }
    if (last < 0) {
      return code;
    }
    found.add(
        new Detection(
            EntityKind.LOCATION,
            text.start(code),
            text.end(last),
            0.85,
            Pass.LEXICON,
            text.joined(code, last + 1)));
    return last + 1;
  }

  /**
   * A postal code and a town with no address before them ("Send it to 46063 Rennes, …", "1010
   * Wien", "she moved to 69002 Lyon in 2019"): the town is one to three capitalised words that are
   * no ordinary words and no country after the code, and the clause ends after it or goes on with a
   * small word ("in", "and", "by": "sent to 51418 Avignon by registered post"). After a place cue,
   * a comma or at the start of a line ({@code cued}) any postal-code shape counts; elsewhere only a
   * distinctive one before a listed city or a country ("… 46063 Rennes, France"). A number that
   * reads as a year ("in 2019 Paris …") counts only when a street address, or a country and no bare
   * time word ("in", "since") before it but a strong place cue ("lives in 1970 Frederiksberg,
   * Denmark"), follows the town after a comma. Returns the token after the town, or {@code i}.
   */
  int codeBeforeTown(TokenizedText text, int i, int cue, boolean cued, List<Detection> found) {
    int code = PostalCode.end(text, i, PostalCode.Shapes.ALL);
    int size = text.size();
    if (code == i || code >= size || text.gapBefore(code) != TokenizedText.GAP_SPACE) {
      return i;
    }
    boolean yearLike = code == i + 1 && yearLike(text, i);
    // "to 46063 Rennes", "in 9045 Bergen, Norway": a capitalised word that is also an ordinary one
    // is the town after a distinctive code and a place preposition, or before a country
    boolean sureCode =
        !yearLike
            && (afterPlacePreposition(text, i)
                    && PostalCode.end(text, i, PostalCode.Shapes.DISTINCTIVE) == code
                || code + 1 < size
                    && text.gapBefore(code + 1) == TokenizedText.GAP_COMMA
                    && countries.longestAt(text, code + 1) != null);
    int end = code;
    int last = -1;
    while (end < size
        && end - code <= UnlistedTowns.MAX_TOWN_TOKENS
        && text.gapBefore(end) == TokenizedText.GAP_SPACE
        && !UnlistedTowns.hasDigit(text.word(end))) {
      if (StreetFirstAddress.upper(text, end)
          && (!lexicon.isCommonWord(text.word(end))
              || end == code && sureCode && UnlistedTowns.titleCase(text, end)
              || end == code && lexicon.cities().longestAt(text, end) != null) // "10115 Berlin"
          && !UnlistedTowns.NOT_TOWN_WORDS.contains(text.word(end))
          && !UnlistedTowns.labelEnd(text, end)) {
        last = end;
      } else if (!StreetFirstAddress.isParticle(text.word(end)) || last < 0) {
        break;
      }
      end++;
    }
    if (last < 0 || countries.longestAt(text, code) != null) {
      return i;
    }
    int after = last + 1;
    boolean spaceAfter = after < size && text.gapBefore(after) == TokenizedText.GAP_SPACE;
    if (spaceAfter
        && (text.capitalized(after)
            || !AFTER_TOWN.contains(text.word(after))
                && !lexicon.isFunctionWord(text.word(after)))) {
      return i; // "12345 Smith Street", "1010 Wien office hours", "at 1430 Oslo time"
    }
    String before = i > 0 ? text.word(i - 1) : "";
    if (code == i + 1 && before.equals("at")) {
      return i; // "at 1430 Oslo": a time
    }
    boolean commaAfter = after < size && text.gapBefore(after) == TokenizedText.GAP_COMMA;
    boolean countryAfter = commaAfter && countries.longestAt(text, after) != null;
    if (yearLike
        && (TEMPORAL.contains(before) && cue != PlaceRecognizer.STRONG || !countryAfter)
        && !(commaAfter && StreetFirstAddress.end(text, after) > after)) {
      return i; // "in 2019 Paris hosted …", "In 1998 Lisboa, Portugal hosted …"
    }
    boolean distinctive = PostalCode.end(text, i, PostalCode.Shapes.DISTINCTIVE) == code;
    if (!cued && distinctive && afterPlacePreposition(text, i)) {
      cued = true; // "Send the letter to 46063 Rennes, attention of …"
    }
    if (!cued
        && (!distinctive || !countryAfter && lexicon.cities().longestAt(text, code) == null)) {
      return i;
    }
    return postalCodeAndTown(text, i, true, found);
  }

  /** Prepositions that put a place after them ("sent to 46063 Rennes", "from Lolotla 33091"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("to", "from", "in", "near");

  /** Whether the word before token {@code i} is a place preposition ("to 46063 Rennes"). */
  static boolean afterPlacePreposition(TokenizedText text, int i) {
    return i > 0
        && text.gapBefore(i) == TokenizedText.GAP_SPACE
        && PLACE_PREPOSITIONS.contains(text.word(i - 1));
  }

  /**
   * A town and a postal code of a distinctive shape after a place preposition, in prose ("Sent to
   * Lolotla 33091 by registered post", "from Três Marias 84422-513 on Monday"): the town is one to
   * three capitalised words (particles inside) that are no ordinary words unless the lists have it
   * as a city, and the clause ends after the code or goes on with a small word. Returns the token
   * after the code, or {@code i}.
   */
  int townThenCode(TokenizedText text, int i, List<Detection> found) {
    int size = text.size();
    if (!afterPlacePreposition(text, i)
        || !UnlistedTowns.titleCase(text, i)
        || !StreetFirstAddress.upper(text, i)
        || countries.longestAt(text, i) != null) {
      return i;
    }
    boolean listed = lexicon.cities().longestAt(text, i) != null;
    int end = i;
    int last = -1;
    while (end < size
        && end - i <= UnlistedTowns.MAX_TOWN_TOKENS
        && (end == i || text.gapBefore(end) == TokenizedText.GAP_SPACE)
        && !UnlistedTowns.hasDigit(text.word(end))) {
      if (StreetFirstAddress.upper(text, end)
          && towns.isTownWord(text, end)
          && (listed || !lexicon.isCommonWord(text.word(end)))
          && !UnlistedTowns.NOT_TOWN_WORDS.contains(text.word(end))) {
        last = end;
      } else if (!StreetFirstAddress.isParticle(text.word(end)) || last < 0) {
        break;
      }
      end++;
    }
    if (last < 0) {
      return i;
    }
    int codeStart = last + 1;
    if (codeStart >= size || text.gapBefore(codeStart) != TokenizedText.GAP_SPACE) {
      return i;
    }
    int code = PostalCode.end(text, codeStart, PostalCode.Shapes.DISTINCTIVE);
    if (code == codeStart || code == codeStart + 1 && yearLike(text, codeStart)) {
      return i;
    }
    if (code < size
        && text.gapBefore(code) == TokenizedText.GAP_SPACE
        && (text.capitalized(code)
            || text.isDigits(code)
            || !AFTER_TOWN.contains(text.word(code)) && !lexicon.isFunctionWord(text.word(code)))) {
      return i; // "to Acme 12345 units", "to Lyon 69002 3 times"
    }
    found.add(UnlistedTowns.town(text, i, codeStart, listed ? 0.9 : 0.85));
    found.add(PostalCode.detection(text, codeStart, code));
    return code;
  }

  /** Four digits from 1900 to 2039: as likely a year as a postal code. */
  static boolean yearLike(TokenizedText text, int t) {
    if (!text.isDigits(t) || text.word(t).length() != 4) {
      return false;
    }
    int year = Integer.parseInt(text.word(t));
    return year >= 1900 && year <= 2039;
  }

  /**
   * A town, a postal code of any shape and a country, with a comma between or not ("Tromsø 9008,
   * Norway", "Leiria, 2400-137 Portugal", "Kobe 650-0001, Japan"): the town is one to four
   * capitalised words (particles inside) that do not go on a capitalised run before them, and its
   * first or last word is no ordinary word unless the lists have it as a city. Returns the token
   * after the code, or {@code i}.
   */
  int townCodeCountry(TokenizedText text, int i, List<Detection> found) {
    int size = text.size();
    if (text.gapBefore(i) == TokenizedText.GAP_STOP
        && i + 1 < size
        && text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
        && lexicon.isCommonWord(text.word(i))
        && !UnlistedTowns.TOWN_ARTICLES.contains(text.word(i))
        && !UnlistedTowns.PLACE_PREFIXES.contains(text.word(i))
        && lexicon.cities().longestAt(text, i) == null) {
      return i; // "Visited Tokyo 150-0002, Japan": the town starts after the sentence's first word
    }
    if (!UnlistedTowns.titleCase(text, i)
        || i > 0 && text.gapBefore(i) == TokenizedText.GAP_SPACE && text.capitalized(i - 1)
        || countries.longestAt(text, i) != null) {
      return i;
    }
    int end = i;
    int last = -1;
    while (end < size
        && end - i < UnlistedTowns.MAX_TOWN_TOKENS + 1
        && (end == i || text.gapBefore(end) == TokenizedText.GAP_SPACE)
        && !UnlistedTowns.hasDigit(text.word(end))) {
      if (StreetFirstAddress.upper(text, end)
          && towns.isTownWord(text, end)
          && !UnlistedTowns.NOT_TOWN_WORDS.contains(text.word(end))) {
        last = end;
      } else if (!StreetFirstAddress.isParticle(text.word(end)) || last < 0) {
        break;
      }
      end++;
    }
    if (last < 0
        || last == i && text.word(i).length() < 4 && lexicon.cities().longestAt(text, i) == null) {
      return i; // "Ext 4412, Denmark", "Tel 2100, Norway"
    }
    int codeStart = last + 1;
    if (codeStart >= size
        || text.gapBefore(codeStart) == TokenizedText.GAP_STOP
        || !towns.noneCommon(text, i, i + 1)
            && !towns.noneCommon(text, last, codeStart)
            && lexicon.cities().longestAt(text, i) == null) {
      return i; // "Senhora da Hora" has a word no ordinary one; "Room 4012, Norway" has not
    }
    int code = PostalCode.end(text, codeStart, PostalCode.Shapes.ALL);
    if (code == codeStart + 1
        && yearLike(text, codeStart)
        && !(towns.noneCommon(text, i, last + 1) && lexicon.cities().longestAt(text, i) == null)) {
      return i; // "Tokyo 2020, Japan": a year after a known name; "Tromsø 2019, Norway" counts
    }
    if (code == codeStart
        || code >= size
        || text.gapBefore(code) == TokenizedText.GAP_STOP
            && !UnlistedTowns.lineBreakBefore(text, code) // "Xaloztoc 99668\nMEXICO"
        || countries.longestAt(text, code) == null) {
      return i;
    }
    found.add(
        UnlistedTowns.town(
            text, i, codeStart, lexicon.cities().longestAt(text, i) != null ? 0.92 : 0.85));
    found.add(PostalCode.detection(text, codeStart, code));
    return code;
  }

  /**
   * "12 MG Road, Bengaluru, Karnataka 560001", "10 Orchard Road, Singapore 238801": after a comma
   * right after an address or a town, one or two capitalised words (a region, a city state) and a
   * postal code of any shape that ends the segment: the code is a ZIP; the region or country is not
   * reported. Returns the token after the code, or {@code i}.
   */
  int regionAndCode(TokenizedText text, int i, List<Detection> found) {
    int size = text.size();
    if (found.isEmpty() || i == 0 || text.gapBefore(i) != TokenizedText.GAP_COMMA) {
      return i;
    }
    Detection before = found.get(found.size() - 1);
    if (before.kind() != EntityKind.ADDRESS && before.kind() != EntityKind.LOCATION
        || before.end() != text.end(i - 1)) {
      return i;
    }
    int t = i;
    while (t < size
        && t - i < 2
        && (t == i || text.gapBefore(t) == TokenizedText.GAP_SPACE)
        && StreetFirstAddress.upper(text, t)
        && !UnlistedTowns.hasDigit(text.word(t))) {
      t++;
    }
    if (t == i || t >= size || text.gapBefore(t) != TokenizedText.GAP_SPACE) {
      return i;
    }
    PhraseTrie.Match country = countries.longestAt(text, i);
    PhraseTrie.Match state = lexicon.states().longestAt(text, i);
    boolean region =
        before.kind() == EntityKind.LOCATION // the town came first: "Bengaluru, Karnataka …"
            || country != null && i + country.tokens() == t // "…, Singapore 238801"
            || state != null && i + state.tokens() == t;
    if (!region) {
      return i; // "…, Bristol BS8 1TH": a town and its code, read by the town rules
    }
    int code = PostalCode.end(text, t, PostalCode.Shapes.ALL);
    if (code == t
        || code == t + 1 && PostalTowns.yearLike(text, t)
        || code < size && text.gapBefore(code) == TokenizedText.GAP_SPACE) {
      return i;
    }
    found.add(PostalCode.detection(text, t, code));
    return code;
  }
}
