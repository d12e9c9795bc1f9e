package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The apartment, unit, space or lot said apart from the street address it belongs to: "second line
 * apartment thirty four", "the apartment is unit one hundred eight … at 720 brisbee street", "apt
 * 10d um the gate code", "it's forty nine highway thirteen space forty four in the trailer park".
 * Part of the address (Safe Harbor's street address holds its unit), so an ADDRESS of its own when
 * an address is found within a few words, or when the caller says they are in it ("we're in
 * apartment seven"). The unit is its word and one value after it: digits with or without letters,
 * one letter ("building g"), or up to four number words.
 */
public final class UnitsNearAddresses {
  private static final double CONFIDENCE = 0.75;

  /** How many words from the address a unit may be said. */
  private static final int WINDOW = 12;

  private static final int MAX_NUMBER_WORDS = 4;

  private static final Set<String> UNIT_WORDS =
      Set.of(
          "apt",
          "apartment",
          "unit",
          "suite",
          "ste",
          "space",
          "spc",
          "lot",
          "trailer",
          "building",
          "bldg");

  private UnitsNearAddresses() {}

  /** Words between a unit and its value: "unit number 931", "apartment no 4". */
  private static final Set<String> NUMBER_NOUNS = Set.of("number", "no", "num", "#");

  /** The units {@code text} says near an address among {@code resolved}, not yet found. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    boolean addressFound = holdsAddress(resolved);
    if (!addressFound && !mayHoldUnit(text)) {
      return out;
    }
    var words = TokenizedText.of(text);
    Detection joined = null; // the address a unit said right after it joins, with its units
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!UNIT_WORDS.contains(words.word(i))
          || words.gapBefore(i + 1) != TokenizedText.GAP_SPACE) {
        continue;
      }
      int first = i + 1;
      if (first + 1 < words.size()
          && NUMBER_NOUNS.contains(words.word(first))
          && words.gapBefore(first + 1) == TokenizedText.GAP_SPACE) {
        first++; // "unit number nine three one"
      }
      int last = valueEnd(words, first);
      if (last < 0) {
        continue;
      }
      int start = words.start(i);
      int end = words.end(last);
      Detection address =
          joined != null && joined.end() + 1 == start ? joined : before(resolved, start);
      if (address != null && words.gapBefore(i) == TokenizedText.GAP_SPACE) {
        // "843 harrowgate road building b apartment twelve": one address
        if (joined != null) {
          out.remove(joined);
        }
        joined = ResolvedSpans.address(text, address.start(), end, address.confidence() + 0.01);
        out.add(joined);
      } else if (!ResolvedSpans.overlap(resolved, start, end)
          && (addressFound && nearAddress(words, i, last, resolved) || someoneIn(words, i))
          && !ofFacility(words, i)) {
        out.add(ResolvedSpans.address(text, start, end, CONFIDENCE));
      }
      i = last;
    }
    return out;
  }

  /** The address found that ends one blank before {@code start}, or null. */
  private static Detection before(List<Detection> resolved, int start) {
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.ADDRESS && d.end() + 1 == start) {
        return d;
      }
    }
    return null;
  }

  /** The last token of the unit's value from {@code first}, or -1 when none stands there. */
  private static int valueEnd(TokenizedText words, int first) {
    String word = words.word(first);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))
        || word.length() <= 6 && Character.isDigit(word.charAt(0)) && alphanumeric(word)
        || word.length() <= 4 && Character.isLetter(word.charAt(0)) && hasDigit(word)) {
      return first; // "building g", "apt 10d", "unit 72", "space b4"
    }
    int last = -1;
    for (int k = first; k < words.size() && k < first + MAX_NUMBER_WORDS; k++) {
      if (!PlaceRecognizer.NUMBER_WORDS.contains(words.word(k))
          || k > first && words.gapBefore(k) != TokenizedText.GAP_SPACE) {
        break;
      }
      last = k;
    }
    if (last >= 0 && last + 1 < words.size() && unitLetter(words, last + 1)) {
      last++; // "lot eight c", "unit six b"
    }
    return last;
  }

  /** A letter after a unit's number words; not "a" or "i", which are words more often. */
  private static boolean unitLetter(TokenizedText words, int k) {
    String word = words.word(k);
    return word.length() == 1
        && word.charAt(0) >= 'b'
        && word.charAt(0) <= 'z'
        && word.charAt(0) != 'i'
        && words.gapBefore(k) == TokenizedText.GAP_SPACE;
  }

  /** Units that are someone's home, not a room or a ward. */
  private static final Set<String> HOMES = Set.of("apt", "apartment", "lot", "trailer");

  /** Who says they live in the unit, right before it: "we're in apartment seven", "my unit 4b". */
  private static final Set<String> DWELLERS =
      Set.of("i'm", "im", "we're", "she's", "he's", "they're", "my", "our", "her", "his", "their");

  /**
   * Whether someone is said to be in the unit with no address found: "we're in lot eight c", "she's
   * at apt twelve", "our unit is …" is left to an address.
   */
  private static boolean someoneIn(TokenizedText words, int unit) {
    if (!HOMES.contains(words.word(unit))) {
      return false; // "i'm in space two of the waiting room", "she's in unit four"
    }
    int k = unit - 1;
    if (k >= 0 && (words.word(k).equals("in") || words.word(k).equals("at"))) {
      k--;
    }
    return k >= 0 && DWELLERS.contains(words.word(k));
  }

  /** Whether a unit word may stand in {@code text}, without tokenizing it. */
  private static boolean mayHoldUnit(String text) {
    for (String unit : UNIT_WORDS) {
      if (text.contains(unit)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a facility is named just before the unit: "the clinic is at suite 400". */
  private static boolean ofFacility(TokenizedText words, int unit) {
    for (int k = unit - 1; k >= 0 && k >= unit - 3; k--) {
      if (Lexicon.isFacilityWord(words.word(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean alphanumeric(String word) {
    return word.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
  }

  private static boolean hasDigit(String word) {
    return alphanumeric(word) && word.chars().anyMatch(Character::isDigit);
  }

  private static boolean holdsAddress(List<Detection> resolved) {
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.ADDRESS) {
        return true;
      }
    }
    return false;
  }

  /** Whether an address found lies within {@value #WINDOW} words of the unit. */
  private static boolean nearAddress(
      TokenizedText words, int unit, int last, List<Detection> resolved) {
    int from = words.start(Math.max(0, unit - WINDOW));
    int to = words.end(Math.min(words.size() - 1, last + WINDOW));
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.ADDRESS && d.end() > from && d.start() < to) {
        return true;
      }
    }
    return false;
  }
}
