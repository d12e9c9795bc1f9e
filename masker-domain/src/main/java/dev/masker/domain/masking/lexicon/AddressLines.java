package dev.masker.domain.masking.lexicon;

/**
 * The lines of a letter's address block that no street list knows, for {@link PlaceRecognizer}: a
 * house number and capitalised words alone on a line, right above a line with a postal code and a
 * town ("22 Kingsway" over "Cardiff CF10 3AA").
 */
final class AddressLines {
  private final Lexicon lexicon;

  AddressLines(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A line of a letter's address block holding only a house number and one to three capitalised
   * words ("22 Kingsway", "4 Old Mill"), right above a line with a postal code and a town in either
   * order ("Cardiff CF10 3AA", "1010 Wien"): a street whose type no list has. Returns the token
   * after it, or {@code i}.
   */
  int numberAndName(TokenizedText text, int i) {
    int size = text.size();
    if (!text.isDigits(i)
        || text.word(i).length() > 5
        || PostalTowns.yearLike(text, i) // "2007 IBM Corp.", a copyright line
        || i > 0 && !UnlistedTowns.lineBreakBefore(text, i)) {
      return i;
    }
    int t = i + 1;
    while (t < size
        && t - i <= 3
        && text.gapBefore(t) == TokenizedText.GAP_SPACE
        && StreetFirstAddress.upper(text, t)
        && !UnlistedTowns.hasDigit(text.word(t))
        && !lexicon.isFunctionWord(text.word(t))) {
      t++;
    }
    if (t == i + 1 || t >= size || !UnlistedTowns.lineBreakBefore(text, t)) {
      return i;
    }
    // "3 Boxes" over "1010 Wien", "12 Patients" over "Ward B 1205": ordinary words need a sure
    // postal line, a code of a distinctive shape beside a town that is no ordinary word
    boolean ordinaryStreet = allCommon(text, i + 1, t);
    int code = PostalCode.end(text, t, PostalCode.Shapes.ALL);
    if (code == t + 1 && PostalTowns.yearLike(text, t)) {
      return i; // "2008 Novell, Inc." on the next line: a year
    }
    if (code > t) {
      boolean sure =
          PostalCode.end(text, t, PostalCode.Shapes.DISTINCTIVE) == code
              && code < size
              && !lexicon.isCommonWord(text.word(code));
      return code < size
              && text.gapBefore(code) == TokenizedText.GAP_SPACE
              && StreetFirstAddress.upper(text, code)
              && (!ordinaryStreet || sure)
          ? t
          : i; // "1010 Wien"
    }
    int town = t;
    while (town < size
        && town - t < UnlistedTowns.MAX_TOWN_TOKENS
        && (town == t || text.gapBefore(town) == TokenizedText.GAP_SPACE)
        && StreetFirstAddress.upper(text, town)
        && !UnlistedTowns.hasDigit(text.word(town))) {
      town++;
    }
    if (town == t || town >= size || text.gapBefore(town) != TokenizedText.GAP_SPACE) {
      return i;
    }
    code = PostalCode.end(text, town, PostalCode.Shapes.ALL);
    if (code == town + 1 && PostalTowns.yearLike(text, town)) {
      return i;
    }
    boolean endsLine = code >= size || UnlistedTowns.lineBreakBefore(text, code);
    boolean sure =
        PostalCode.end(text, town, PostalCode.Shapes.DISTINCTIVE) == code
            && !lexicon.isCommonWord(text.word(t));
    return code > town && endsLine && (!ordinaryStreet || sure) && !allCommon(text, t, town)
        ? t
        : i; // "Cardiff CF10 3AA"; not "Ward B 1205"
  }

  private boolean allCommon(TokenizedText text, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!lexicon.isCommonWord(text.word(t)) && text.word(t).length() > 1) {
        return false;
      }
    }
    return true;
  }
}
