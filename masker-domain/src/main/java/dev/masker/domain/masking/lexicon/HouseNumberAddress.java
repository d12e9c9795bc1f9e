package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Set;

/**
 * Addresses that start with a house number, as the US and many other countries write and say them:
 * a number in digits ("1234", "12b") or words ("twenty two"), up to four street words and a street
 * type ("oak street", "birch hollow road"), a direction ("north") and a unit ("apt 4", "apartment
 * thirty seven"); in India a comma may follow the number of a capitalised street ("309, MG Road").
 * In a lower-case turn, after an address cue, the street type may be missing ("my address is four
 * twenty two west elm, unit three").
 */
final class HouseNumberAddress {
  /** A house number and street words without a type, after an address cue. */
  /** Words that put a season in time: "last spring" is no street named "last". */
  private static final Set<String> TIME_BEFORE_SEASON = Set.of("last", "next", "this", "every");

  private static final double CUED_STREET = 0.7;

  /** What says a street address follows ("my address is", "i live at", "send it to"). */
  private static final Set<String> ADDRESS_CUES =
      Set.of(
          "address",
          "address is",
          "address's",
          "live at",
          "lives at",
          "living at",
          "i'm at",
          "we're at",
          "staying at",
          "located at",
          "send it to",
          "mail it to",
          "ship it to",
          "deliver it to",
          "delivered to");

  private static final int MAX_UNIT_NUMBER_WORDS = 4;
  private static final int MAX_SPOKEN_HOUSE_NUMBER = 6;
  private static final int MAX_STREET_NAME_TOKENS = 4;

  private final Lexicon lexicon;
  private final UnlistedTowns towns;

  HouseNumberAddress(Lexicon lexicon, UnlistedTowns towns) {
    this.lexicon = lexicon;
    this.towns = towns;
  }

  /** "1234 oak street", "twenty two elm avenue, apt 4": returns the token after, or i. */
  int find(TokenizedText text, int i, int[] numberRunEnd, List<Detection> found) {
    int size = text.size();
    int afterNumber;
    double confidence;
    if (text.isDigits(i) || houseNumberWithLetter(text.word(i))) {
      if (text.word(i).length() > 6) {
        return i;
      }
      afterNumber = i + 1;
      confidence = 0.85;
    } else if (numberRunEnd[i] > i && (i == 0 || numberRunEnd[i - 1] != numberRunEnd[i])) {
      afterNumber = numberRunEnd[i];
      if (afterNumber - i > MAX_SPOKEN_HOUSE_NUMBER) {
        return i;
      }
      confidence = 0.75;
    } else {
      return i;
    }
    // "4419, uh, thistledown crescent": a transcriber sets a hesitation apart with commas
    boolean hesitation =
        afterNumber + 1 < size && NameCues.FILLER_WORDS.contains(text.word(afterNumber));
    // "309, MG Road": India writes a comma after the house number of a capitalised street
    boolean commaAfterNumber =
        !hesitation
            && text.isDigits(i)
            && !PostalTowns.yearLike(text, i) // "Copyright 1994, Larry Wall"
            && afterNumber < size
            && text.gapBefore(afterNumber) == TokenizedText.GAP_COMMA
            && StreetFirstAddress.commaOnly(text, afterNumber)
            && !(i > 0 && text.isDigits(i - 1));
    int suffix = -1;
    for (int t = afterNumber; t < size && t <= afterNumber + MAX_STREET_NAME_TOKENS; t++) {
      if (text.gapBefore(t) != TokenizedText.GAP_SPACE
          && !(t == afterNumber && commaAfterNumber)
          && !(hesitation
              && t <= afterNumber + 1
              && text.gapBefore(t) == TokenizedText.GAP_COMMA)) {
        break;
      }
      if (commaAfterNumber && !StreetFirstAddress.upper(text, t)) {
        break;
      }
      String word = text.word(t);
      if (t == afterNumber && COUNTED.contains(word)) {
        return i; // "forty five dollars either way": an amount, not a house on a way
      }
      if (t == afterNumber && TIME_BEFORE_SEASON.contains(word)) {
        return i; // "he turned ninety five last spring": an age and a season, no street
      }
      if (t == afterNumber && text.lowerCase() && isGluedStreet(word)) {
        suffix = t; // "fifty eight sixty two hollinfieldlane": a transcriber ran them together
        break;
      }
      if (t > afterNumber && lexicon.isStreetSuffix(word)) {
        if (word.equals("via") && !StreetFirstAddress.upper(text, t) && wordFollows(text, t)) {
          break; // "Order #40512 shipped via standard post": the preposition, no viaduct
        }
        suffix = t;
        break;
      }
      if (NameCues.FILLER_WORDS.contains(word) && t == afterNumber) {
        continue; // "fourteen uh elm street"
      }
      if (lexicon.isFunctionWord(word) && !isDirection(word) && !commaAfterNumber) {
        break; // not "309, MG Road", whose words are all capitalised
      }
    }
    int end;
    if (suffix < 0) {
      end = cuedStreetEnd(text, i, afterNumber); // "my address is four twenty two west elm, …"
      if (end < 0) {
        return i;
      }
      confidence = Math.min(confidence, CUED_STREET);
    } else {
      end = suffix + 1;
      while (end < size
          && end - afterNumber <= MAX_STREET_NAME_TOKENS
          && text.gapBefore(end) == TokenizedText.GAP_SPACE
          && lexicon.isStreetSuffix(text.word(end))) {
        end++; // "birch hollow road": the last of two street words ends the name
      }
    }
    while (end < size
        && text.gapBefore(end) == TokenizedText.GAP_SPACE
        && isDirection(text.word(end))
        && !(end + 1 < size
            && text.gapBefore(end + 1) == TokenizedText.GAP_SPACE
            && towns.isTownWord(text, end + 1))) {
      end++; // "12 oak street north", but not "… road north rosalindaville", a town
    }
    if (end + 1 < size
        && text.gapBefore(end) != TokenizedText.GAP_STOP
        && PlaceRecognizer.UNIT_WORDS.contains(text.word(end))
        && text.gapBefore(end + 1) == TokenizedText.GAP_SPACE
        && (text.isDigits(end + 1)
            || text.word(end + 1).length() <= 4
            || numberRunEnd[end + 1] > end + 1)
        && !correctedAddress(text, end, numberRunEnd)) {
      int unitEnd = numberRunEnd[end + 1];
      end =
          unitEnd > end + 1 && unitEnd - end - 1 <= MAX_UNIT_NUMBER_WORDS
              ? unitEnd // "apartment thirty seven"
              : end + 2;
    }
    if (text.capitalized(afterNumber)) {
      confidence += 0.05;
    }
    found.add(
        new Detection(
            EntityKind.ADDRESS,
            text.start(i),
            text.end(end - 1),
            confidence,
            Pass.LEXICON,
            text.joined(i, end)));
    return end;
  }

  /** How many words a street's name may take before its type, in a correction. */
  private static final int CORRECTED_STREET_WORDS = 3;

  /**
   * Whether "no" at {@code no} starts another address, not a unit: "8621 old mill road no seventy
   * two harrow ln", a number and a street with its type after it.
   */
  private boolean correctedAddress(TokenizedText text, int no, int[] numberRunEnd) {
    if (!text.word(no).equals("no")) {
      return false;
    }
    int street = Math.max(numberRunEnd[no + 1], no + 2);
    for (int k = street + 1; k < text.size() && k <= street + CORRECTED_STREET_WORDS; k++) {
      if (text.gapBefore(k) != TokenizedText.GAP_SPACE) {
        return false;
      }
      if (lexicon.isStreetSuffix(text.word(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * In a lower-case turn, after an address cue ("my address is", "i live at", "send it to"), a
   * house number and one to four street words without a street type, ending at a comma, a stop, a
   * unit word or the end of the text: "four twenty two west elm, unit three". Returns the token
   * after the street, or -1.
   */
  private int cuedStreetEnd(TokenizedText text, int i, int afterNumber) {
    if (!text.lowerCase() || !addressCueBefore(text, i)) {
      return -1; // speech; written addresses have their own readings (StreetFirstAddress, …)
    }
    int size = text.size();
    int t = afterNumber;
    while (t < size
        && t - afterNumber < MAX_STREET_NAME_TOKENS
        && text.gapBefore(t) == TokenizedText.GAP_SPACE
        && !PlaceRecognizer.UNIT_WORDS.contains(text.word(t))
        && !text.isDigits(t)
        && (isDirection(text.word(t)) || !lexicon.isFunctionWord(text.word(t)))) {
      t++;
    }
    boolean ends =
        t == size
            || text.gapBefore(t) != TokenizedText.GAP_SPACE
            || PlaceRecognizer.UNIT_WORDS.contains(text.word(t));
    return t > afterNumber && ends && !isDirection(text.word(t - 1)) ? t : -1;
  }

  /** What a number counts when it is no house number ("forty five dollars", "ten days"). */
  private static final Set<String> COUNTED =
      Set.of(
          "dollars",
          "dollar",
          "bucks",
          "cents",
          "percent",
          "days",
          "weeks",
          "months",
          "years",
          "times",
          "minutes",
          "hours",
          "pills",
          "tablets",
          "capsules",
          "milligrams",
          "units",
          "people",
          "miles",
          "pounds",
          "refills",
          "doses");

  /** Street types a transcriber glues to the street's name ("larkspurroad", "bramwellstreet"). */
  private static final List<String> GLUED_TYPES =
      List.of(
          "street",
          "lane",
          "road",
          "avenue",
          "drive",
          "court",
          "terrace",
          "trail",
          "circle",
          "boulevard",
          "place",
          "parkway");

  /**
   * A word of a name of four letters or more and a street type run together, that no dictionary has
   * ("railroad", "fireplace" are words): "hollinfieldlane", "juniperhollowstreet".
   */
  private boolean isGluedStreet(String word) {
    if (word.length() < 8) {
      return false;
    }
    for (String type : GLUED_TYPES) {
      if (word.endsWith(type) && word.length() - type.length() >= 4) {
        String name = word.substring(0, word.length() - type.length());
        return isLetters(word)
            && !lexicon.isFunctionWord(name)
            && !lexicon.isCommonWord(word)
            && !DictionaryWords.standard().contains(word);
      }
    }
    return false;
  }

  private static boolean isLetters(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isLetter(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** One of {@link #ADDRESS_CUES} ends right before token {@code i}. */
  private static boolean addressCueBefore(TokenizedText text, int i) {
    if (text.gapBefore(i) == TokenizedText.GAP_COMMA) {
      return false; // a colon is fine: "address: 422 west elm"
    }
    for (int words = 1; words <= 3 && words <= i; words++) {
      if (ADDRESS_CUES.contains(text.joined(i - words, i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean houseNumberWithLetter(String word) {
    int length = word.length();
    if (length < 2 || length > 6 || !Character.isLetter(word.charAt(length - 1))) {
      return false;
    }
    for (int c = 0; c < length - 1; c++) {
      if (!Character.isDigit(word.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDirection(String word) {
    switch (word) {
      case "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west" -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** A word follows token {@code t} in the same clause. */
  private static boolean wordFollows(TokenizedText text, int t) {
    return t + 1 < text.size() && text.gapBefore(t + 1) == TokenizedText.GAP_SPACE;
  }
}
