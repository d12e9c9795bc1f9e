package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Set;

/**
 * The district after a town, part of it: a Roman numeral ("Bratislava II", "Budapest XI"), a small
 * number before punctuation ("Praha 4,", "Dublin 4" on its line) or a French arrondissement ("Paris
 * 6e"), for {@link PlaceRecognizer} and {@link UnlistedTowns}.
 */
final class TownDistricts {
  private TownDistricts() {}

  /** Roman numerals of a town's districts, up to XXIII ("Budapest XI", "Košice I"). */
  private static final Set<String> ROMAN_DISTRICTS =
      Set.of(
          "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
          "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii");

  private static final int MAX_DISTRICT = 23;

  /**
   * The district after a town is part of it: a Roman numeral in capitals ("Bratislava II",
   * "Budapest XI"; "I" only before punctuation or the end: not "Paris I think") or a number up to
   * 23 before punctuation or the end ("Praha 4,", "Wien 19)"; not "Leeds 3 years"). Each town is
   * looked up by binary search on the tokens: O(n log n).
   */
  static void extend(TokenizedText text, List<Detection> found) {
    int size = text.size();
    for (int k = 0; k < found.size(); k++) {
      Detection town = found.get(k);
      if (town.kind() != EntityKind.LOCATION) {
        continue;
      }
      int t = tokenAt(text, town.end());
      if (t >= size || text.gapBefore(t) != TokenizedText.GAP_SPACE) {
        continue;
      }
      boolean taken = k + 1 < found.size() && found.get(k + 1).start() < text.end(t);
      if (at(text, t) && !taken) {
        String word = text.word(t);
        found.set(
            k,
            new Detection(
                EntityKind.LOCATION,
                town.start(),
                text.end(t),
                town.confidence(),
                Pass.LEXICON,
                town.canonical() + " " + word));
      }
    }
  }

  /** Whether token {@code t}, right after a town, is its district (see {@link #extend}). */
  static boolean at(TokenizedText text, int t) {
    int size = text.size();
    if (t >= size || text.gapBefore(t) != TokenizedText.GAP_SPACE) {
      return false;
    }
    boolean ends = t + 1 >= size || text.gapBefore(t + 1) != TokenizedText.GAP_SPACE;
    String word = text.word(t);
    if (arrondissement(word)) {
      return true; // "Paris 6e", "Lyon 1er", "Marseille 13eme"
    }
    if (ROMAN_DISTRICTS.contains(word)) {
      String raw = text.text().substring(text.start(t), text.end(t));
      return raw.equals(raw.toUpperCase(java.util.Locale.ROOT))
          && (ends || word.length() > 1 && !text.capitalized(t + 1));
    }
    return ends
        && text.isDigits(t)
        && word.length() <= 2
        && Integer.parseInt(word) >= 1
        && Integer.parseInt(word) <= MAX_DISTRICT
        && (t + 1 >= size || text.text().charAt(text.end(t)) != '.');
  }

  /** "6e", "1er", "13eme" (folded "13ème"): a French arrondissement up to 20. */
  private static boolean arrondissement(String word) {
    int digits = 0;
    while (digits < word.length() && digits < 2 && Character.isDigit(word.charAt(digits))) {
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    String rest = word.substring(digits);
    int number = Integer.parseInt(word.substring(0, digits));
    return number >= 1
        && number <= 20
        && (rest.equals("e") || rest.equals("er") || rest.equals("eme"));
  }

  /** The first token that starts at or after {@code offset}. */
  private static int tokenAt(TokenizedText text, int offset) {
    int low = 0;
    int high = text.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (text.start(mid) < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
