package dev.masker.domain.masking.lexicon;

import java.util.Set;

/**
 * The flat, floor or door written after a street address, read on the tokens of a written text: up
 * to two unit designators after a comma ("Apt. 4", "3º B", "Piso 3", "Wohnung 2", "Lgh 1305",
 * "#139", "Bât. C"), a door after a slash ("Mariahilfer Straße 12/3") or a Danish floor and side
 * ("2. tv."). Read after the addresses of {@link StreetFirstAddress}, and after an {@link
 * UntypedStreet} that follows "address is".
 */
final class AddressUnits {
  private static final Set<String> UNITS = Lexicon.read("unit-designators.txt");

  /** The side of a Danish floor ("2. tv.", "1. th.", "3. mf."). */
  private static final Set<String> FLOOR_SIDES = Set.of("tv", "th", "mf");

  private static final int MAX_UNITS = 2;

  private AddressUnits() {}

  /** Up to two unit designators after the street: ", Apt. 4", ", 3º B", ", Piso 3", ", #139". */
  static int end(TokenizedText text, int end) {
    int size = text.size();
    int units = 0;
    while (units < MAX_UNITS && end < size && text.gapBefore(end) != TokenizedText.GAP_STOP) {
      int next = unitAt(text, end);
      if (next == end) {
        break;
      }
      end = next;
      units++;
    }
    return end;
  }

  private static int unitAt(TokenizedText text, int t) {
    int size = text.size();
    String word = text.word(t);
    String raw = text.text();
    if (raw.charAt(text.start(t) - 1) == '#' && text.isDigits(t) && word.length() <= 5) {
      return t + 1; // "#139"
    }
    if (raw.charAt(text.start(t) - 1) == '/'
        && text.start(t) - 1 == text.end(t - 1)
        && text.isDigits(t)
        && word.length() <= 3) {
      return t + 1; // "Mariahilfer Straße 12/3": the door after the house number
    }
    if (text.isDigits(t)
        && word.length() <= 2
        && t + 1 < size
        && FLOOR_SIDES.contains(text.word(t + 1))
        && raw.charAt(text.end(t)) == '.') {
      return t + 2; // "2. tv.", "1. th.": a Danish floor and side
    }
    if (UNITS.contains(word)
        && t + 1 < size
        && (StreetFirstAddress.joined(text, t + 1) || StreetFirstAddress.dotOnly(text, t + 1))
        && isUnitValue(text, t + 1)) {
      int end = t + 2;
      // "Lgh 1305", "Piso 3", "Bât. C"
      return end;
    }
    if (isOrdinal(word)) {
      // "3º B" (folded to "3o B"), "4. tv.", "2º Esq."
      int end = t + 1;
      if (end < size
          && text.gapBefore(end) == TokenizedText.GAP_SPACE
          && FLOOR_WORDS.contains(text.word(end))) {
        return end + 1; // "7º andar", "2º piso": the floor's word after its number
      }
      // "3º B", but not "3º, 33917 Cáceres": a comma ends the unit
      if (end < size
          && (text.gapBefore(end) == TokenizedText.GAP_SPACE
              || StreetFirstAddress.dotOnly(text, end))
          && isUnitValue(text, end)) {
        end++;
      }
      return end;
    }
    return t;
  }

  /** Words for a floor after an ordinal ("7º andar", "2º piso", "3ª planta"). */
  private static final Set<String> FLOOR_WORDS =
      Set.of("andar", "piso", "planta", "etage", "étage", "floor", "pavimento");

  /** "3o" (3º folded), "1a" (1ª), "4" before "tv."/"th."; a floor number with its mark. */
  private static boolean isOrdinal(String word) {
    int length = word.length();
    return length == 2 && Character.isDigit(word.charAt(0)) && "oaºª".indexOf(word.charAt(1)) >= 0;
  }

  private static boolean isUnitValue(TokenizedText text, int t) {
    String word = text.word(t);
    if (word.length() > 5) {
      return false;
    }
    if (text.isDigits(t)) {
      return true;
    }
    for (int c = 0; c < word.length(); c++) {
      if (Character.isDigit(word.charAt(c))) {
        return true; // "4b", "12a"
      }
    }
    return word.length() <= 3 && StreetFirstAddress.upper(text, t); // "B", "Esq", "Dto", "TV"
  }
}
