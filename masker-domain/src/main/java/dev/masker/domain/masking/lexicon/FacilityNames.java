package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.Locale;
import java.util.Set;

/**
 * The proper name of a hospital, a hospice, a pharmacy or a care home, said before what it is, is
 * the facility's name, not a person's or a town's: "she lives at willow grove hospice", "the bill
 * from brightwater hospice", "he's at riverbend pharmacy"; before a center, only what was taken for
 * a person's name ("the willow grove senior center"). Safe Harbor leaves facility names, and the
 * caller's values stay masked around them. A branch named by its town ("the lubbock office", "the
 * new carrick clinic") is {@link PlacesBeforeFacilities}' and is kept.
 */
public final class FacilityNames {
  /** What a named facility is; a clinic, an office or a lab is more often named by its town. */
  private static final Set<String> FACILITIES =
      Set.of("hospital", "hospice", "pharmacy", "manor", "rehab");

  /**
   * Centers named by words no one is named with; a town before one is kept, as many centers are
   * named by their town ("the lake orrin heights dialysis center").
   */
  private static final Set<String> CENTERS = Set.of("center", "centre");

  /** How many words of the facility's name may follow the value found: "golden meadow care". */
  private static final int MAX_WORDS_BETWEEN = 2;

  private static final Lexicon LEXICON = Lexicon.standard();

  private FacilityNames() {}

  /** Whether {@code detection}, a name or a town, opens the name of a facility said after it. */
  public static boolean opens(String text, Detection detection) {
    if (detection.kind() != EntityKind.NAME && detection.kind() != EntityKind.LOCATION
        || detection.end() >= text.length()
        || text.charAt(detection.end()) != ' ') {
      return false;
    }
    int at = detection.end() + 1;
    for (int words = 0; words <= MAX_WORDS_BETWEEN; words++) {
      int end = at;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end == at) {
        return false;
      }
      String word = text.substring(at, end).toLowerCase(Locale.ROOT);
      if (FACILITIES.contains(word)
          || CENTERS.contains(word) && detection.kind() == EntityKind.NAME) {
        return true;
      }
      if (LEXICON.isFunctionWord(word) || end >= text.length() || text.charAt(end) != ' ') {
        return false;
      }
      at = end + 1;
    }
    return false;
  }
}
