package dev.masker.domain.masking.lexicon;

import java.util.Set;

/**
 * A flat, a block or a building written before the street it belongs to, as India, Singapore,
 * Australia and Britain put it: "Flat 3309, Station Apartments, 19 Main Road", "Unit 815, 5264
 * Jasper Avenue", "Unit 15/16 High Street", "Blk 187 Jurong West Ave 1", "210/12 Đường Phan Chu
 * Trinh". Read backwards from the first token of a street address already found: a building's name
 * ending in a building word and a comma, then a unit word and its number before a comma or a slash,
 * or a block word right before the house number. Looks at a bounded number of tokens: linear.
 */
final class UnitBeforeStreet {

  /** Words for a flat, a unit or a block before its number. */
  private static final Set<String> UNITS =
      Set.of(
          "flat",
          "unit",
          "apt",
          "apartment",
          "suite",
          "room",
          "blk",
          "block",
          "shop",
          "bldg",
          "building",
          "level");

  /** Words for a block that come right before the house number ("Blk 187 Jurong …"). */
  private static final Set<String> BLOCKS = Set.of("blk", "block");

  /** Last words of a building's name ("Station Apartments", "Palm Residency"). */
  private static final Set<String> BUILDINGS =
      Set.of(
          "apartments",
          "apartment",
          "residency",
          "residences",
          "towers",
          "tower",
          "building",
          "heights",
          "complex",
          "mansions",
          "enclave",
          "house",
          "court",
          "villas",
          "gardens",
          "lodge",
          "manor",
          "residence",
          "estate");

  private static final int MAX_BUILDING_WORDS = 3;

  /** How many units, floors and buildings may stand before one street. */
  private static final int MAX_PARTS = 3;

  private UnitBeforeStreet() {}

  /**
   * The first token of the units, floor and building before the street starting at {@code i}, or i:
   * each written before a comma ("Apt 126, Bldg 118, 81 Yanghwa-ro", "Apartment 22, 4th floor, 69
   * El-Tahrir Street", "Unit 34 Sunset Villas, 49 Kerk Street"), up to {@value #MAX_PARTS}.
   */
  static int start(TokenizedText text, int i) {
    if (text.lowerCase() || i == 0) {
      return i;
    }
    int first = i;
    for (int part = 0; part < MAX_PARTS; part++) {
      int before = partBefore(text, first, first == i);
      if (before == first) {
        break;
      }
      first = before;
    }
    return first;
  }

  /** The first token of one unit, floor or building ending right before {@code t}, or t. */
  private static int partBefore(TokenizedText text, int t, boolean atStreet) {
    if (t == 0) {
      return t;
    }
    boolean comma = text.gapBefore(t) == TokenizedText.GAP_COMMA && commaBefore(text, t);
    if (comma && BUILDINGS.contains(text.word(t - 1)) && StreetFirstAddress.upper(text, t - 1)) {
      int first = t - 1;
      while (first > 0
          && t - first < MAX_BUILDING_WORDS
          && text.gapBefore(first) == TokenizedText.GAP_SPACE
          && StreetFirstAddress.upper(text, first - 1)
          && !text.isDigits(first - 1)) {
        first--;
      }
      if (first >= 2
          && UNITS.contains(text.word(first - 2))
          && text.isDigits(first - 1)
          && text.gapBefore(first) == TokenizedText.GAP_SPACE) {
        return first - 2; // "Unit 34 Sunset Villas, 49 Kerk Street"
      }
      if (first > 0 && text.gapBefore(first) == TokenizedText.GAP_COMMA) {
        return first; // "Station Apartments, 19 Main Road"
      }
    }
    if (t >= 2
        && text.isDigits(t - 1)
        && text.word(t - 1).length() <= 5
        && UNITS.contains(text.word(t - 2))
        && StreetFirstAddress.upper(text, t - 2)
        && text.gapBefore(t - 1) == TokenizedText.GAP_SPACE
        && (comma || atStreet && slashBefore(text, t))) {
      return t - 2; // "Flat 3309, …", "Unit 815, 5264 Jasper Avenue", "Unit 15/16 High Street"
    }
    if (comma
        && t >= 2
        && text.word(t - 1).equals("floor")
        && text.gapBefore(t - 1) == TokenizedText.GAP_SPACE
        && text.word(t - 2).matches("\\d{1,2}(?:st|nd|rd|th)")) {
      return t - 2; // "Apartment 22, 4th floor, 69 El-Tahrir Street"
    }
    if (atStreet
        && text.isDigits(t)
        && text.isDigits(t - 1)
        && text.word(t - 1).length() <= 4
        && slashBefore(text, t)) {
      return t - 1; // "210/12 Đường Phan Chu Trinh", "18/234 Bridge Street": a unit or a lot
    }
    if (atStreet
        && BLOCKS.contains(text.word(t - 1))
        && StreetFirstAddress.upper(text, t - 1)
        && text.gapBefore(t) == TokenizedText.GAP_SPACE) {
      return t - 1; // "Blk 187 Jurong West Ave 1"
    }
    return t;
  }

  private static boolean commaBefore(TokenizedText text, int t) {
    return text.text().substring(text.end(t - 1), text.start(t)).strip().equals(",");
  }

  private static boolean slashBefore(TokenizedText text, int t) {
    return text.start(t) - text.end(t - 1) == 1 && text.text().charAt(text.end(t - 1)) == '/';
  }
}
