package dev.masker.domain.masking.lexicon;

import java.util.Set;

/**
 * A street with no type word, known by what surrounds it, for {@link PlaceRecognizer}: one to three
 * capitalised words and a house number before a postal code and a town (after a comma, a
 * parenthesis or a line break), after "lives at" or a home noun and "at", after "at" when the
 * clause ends after the number, or before "in" and a town ("Imbach 181, 23491 Paris", "Grohovo 11
 * (29761 Donja Stubica)", "Registered at Pulska 107;", "Národní 110 in Kladno").
 */
final class UntypedStreet {
  /** Nouns of a home before "at" ("their flat at Franje Račkoga 15 has no lift"). */
  private static final Set<String> DWELLING_NOUNS =
      Set.of("flat", "home", "house", "apartment", "residence", "address", "cottage", "farm");

  /** Words after a number that make it a count, not a house number ("lived at Mercy 3 weeks"). */
  private static final Set<String> COUNTED =
      Set.of(
          "week",
          "weeks",
          "day",
          "days",
          "month",
          "months",
          "year",
          "years",
          "hour",
          "hours",
          "minute",
          "minutes",
          "min",
          "mins",
          "times",
          "time",
          "am",
          "pm",
          "mg",
          "ml",
          "kg",
          "tablets",
          "pills",
          "doses",
          "units",
          "people",
          "patients",
          "beds");

  /** Verbs before "at" that make the capitalised words and number after it a street address. */
  private static final Set<String> DWELLING_VERBS =
      Set.of("live", "lives", "lived", "living", "reside", "resides", "resided", "residing");

  /** Words that may follow a street address after "lives at …" ("… with her son"). */
  private static final Set<String> AFTER_DWELLING =
      Set.of("with", "and", "since", "until", "till", "in", "near", "alone", "together", "where");

  private UntypedStreet() {}

  /**
   * A street no list would know by its words, known by what surrounds it: one to three capitalised
   * words and a house number, followed by a comma or a line break, a postal code and a capitalised
   * town ("Imbach 181, 23491 Paris", "Gut Reuschenberg 29\n29767 Leipzig"), or after "lives at",
   * "lived at", "residing at" ("lived at Rosenthal 35 with …"), or "in" and a capitalised town that
   * is no ordinary word ("Národní 110 in Kladno"). The last name word is no ordinary word and has
   * three letters or more ("Room 12, 1010 Wien" and "Gate B 1024, …" are no street). Returns the
   * token after the number, or {@code i}.
   */
  static int end(TokenizedText text, int i, Lexicon lexicon) {
    int size = text.size();
    if (!StreetFirstAddress.upper(text, i)
        || i > 0
            && text.gapBefore(i) == TokenizedText.GAP_SPACE
            && StreetFirstAddress.upper(text, i - 1)) {
      return i;
    }
    int t = i;
    while (t < size
        && t - i < 3
        && (t == i || StreetFirstAddress.spaced(text, t))
        && !StreetFirstAddress.isHouseNumber(text, t)
        && (StreetFirstAddress.upper(text, t)
            || t > i && StreetFirstAddress.isParticle(text.word(t)))
        && !lexicon.isFunctionWord(text.word(t))
        && !UnlistedTowns.hasDigit(text.word(t))) {
      t++;
    }
    if (t == i
        || t >= size
        || !StreetFirstAddress.isHouseNumber(text, t)
        || text.gapBefore(t) != TokenizedText.GAP_SPACE
        || lexicon.isCommonWord(text.word(t - 1))
        || text.word(t - 1).length() < 3) {
      return i; // not "Room 12", "Gate B 1024"
    }
    int after = t + 1;
    if (after + 1 < size
        && slashBetween(text, after)
        && text.isDigits(after)
        && text.word(after).length() <= 4) {
      after++; // "Husova 2298/40": a house's two numbers
    }
    boolean dwelling =
        i >= 2
            && text.word(i - 1).equals("at")
            && text.gapBefore(i - 1) == TokenizedText.GAP_SPACE
            && (DWELLING_VERBS.contains(text.word(i - 2))
                || DWELLING_NOUNS.contains(text.word(i - 2)));
    if (addressIsBefore(text, i)) {
      // "new addr is Ogrodników 2 m. 24 …": the street named as the address
      return after >= size || !COUNTED.contains(text.word(after)) ? after : i;
    }
    if (dwelling) {
      return after >= size
              || text.gapBefore(after) != TokenizedText.GAP_SPACE
              || AFTER_DWELLING.contains(text.word(after))
              || DWELLING_NOUNS.contains(text.word(i - 2))
                  && !COUNTED.contains(text.word(after))
                  && !text.isDigits(after)
          ? after
          : i; // not "lived at Mercy 3 weeks"
    }
    if (i >= 1
        && text.word(i - 1).equals("at")
        && text.gapBefore(i) == TokenizedText.GAP_SPACE
        && (after >= size
            || closesClause(text, after)
            || text.gapBefore(after) == TokenizedText.GAP_SPACE
                && AFTER_DWELLING.contains(text.word(after)))) {
      return after; // "Registered at Pulska 107; …", "stays at Školní 37 until June"
    }
    // a line break between the house number and the code was folded into a space ("Masarykova
    // 28\n571 86 Votice" reads "Masarykova 28 571 86 Votice"), so a space counts here as well
    if (after + 1 < size
        && text.word(after).equals("in")
        && text.gapBefore(after) == TokenizedText.GAP_SPACE
        && text.gapBefore(after + 1) == TokenizedText.GAP_SPACE
        && UnlistedTowns.titleCase(text, after + 1)
        && !lexicon.isCommonWord(text.word(after + 1))
        && !UnlistedTowns.NOT_TOWN_WORDS.contains(text.word(after + 1))) {
      return after; // "Národní 110 in Kladno": a town no ordinary word after "in"
    }
    if (after >= size
        || !(text.gapBefore(after) == TokenizedText.GAP_COMMA
                && (StreetFirstAddress.commaOnly(text, after) || parenthesisOnly(text, after))
            || UnlistedTowns.lineBreakBefore(text, after)
            || text.gapBefore(after) == TokenizedText.GAP_SPACE && text.isDigits(after))) {
      return i;
    }
    int code = PostalCode.end(text, after, PostalCode.Shapes.ALL);
    if (code <= after
        || code >= size
        || text.gapBefore(code) != TokenizedText.GAP_SPACE
        || !StreetFirstAddress.upper(text, code)) {
      return i;
    }
    if (text.gapBefore(after) == TokenizedText.GAP_SPACE) {
      // only a folded line break: the town after the code ends its line ("Ward 12 1205 Beds are …")
      int town = code + 1;
      while (town < size
          && town - code <= UnlistedTowns.MAX_TOWN_TOKENS
          && text.gapBefore(town) == TokenizedText.GAP_SPACE
          && (StreetFirstAddress.upper(text, town)
              || StreetFirstAddress.isParticle(text.word(town)))) {
        town++;
      }
      if (town < size && text.gapBefore(town) == TokenizedText.GAP_SPACE) {
        return i;
      }
    }
    return after;
  }

  /** Words for an address before "is" ("my address is", "new addr is"). */
  private static final Set<String> ADDRESS_WORDS = Set.of("address", "addr", "adress");

  /** "address is" or "addr is" right before token {@code i}. */
  static boolean addressIsBefore(TokenizedText text, int i) {
    return i >= 2
        && text.word(i - 1).equals("is")
        && ADDRESS_WORDS.contains(text.word(i - 2))
        && text.gapBefore(i) == TokenizedText.GAP_SPACE
        && text.gapBefore(i - 1) == TokenizedText.GAP_SPACE;
  }

  /** Only a slash between token {@code t - 1} and token {@code t}: "2298/40". */
  private static boolean slashBetween(TokenizedText text, int t) {
    return text.end(t - 1) + 1 == text.start(t) && text.text().charAt(text.end(t - 1)) == '/';
  }

  /** Only an opening parenthesis and blanks before token {@code t}: "Grohovo 11 (29761 …)". */
  static boolean parenthesisOnly(TokenizedText text, int t) {
    String raw = text.text();
    int open = 0;
    for (int c = text.end(t - 1); c < text.start(t); c++) {
      char ch = raw.charAt(c);
      if (ch == '(') {
        open++;
      } else if (ch != ' ') {
        return false;
      }
    }
    return open == 1;
  }

  /**
   * The clause ends before token {@code t}: a full stop, a semicolon, a colon, a question or
   * exclamation mark, or a comma (not a dash or a parenthesis, after which a postal code may
   * follow).
   */
  private static boolean closesClause(TokenizedText text, int t) {
    String raw = text.text();
    char first = raw.charAt(text.end(t - 1));
    return text.gapBefore(t) == TokenizedText.GAP_STOP && first != '\n' && first != ':'
        || first == ',' && StreetFirstAddress.commaOnly(text, t);
  }
}
