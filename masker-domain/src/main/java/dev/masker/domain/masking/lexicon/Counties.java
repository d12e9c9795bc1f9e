package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A county is named with its word: "harlow county", "we're in unincorporated orrin county",
 * "Tangipahoa Parish". A town or a name found right before "county", "parish", "township" or
 * "borough" is the county's name, and the place is the name with that word, as a county a list
 * holds ("orange county") already is.
 */
public final class Counties {
  private static final Set<String> WORDS = Set.of("county", "parish", "township", "borough");

  /** How sure a county is that only its word names. */
  private static final double CONFIDENCE = 0.75;

  private Counties() {}

  /**
   * The counties among {@code resolved} and what the readers after resolution found ({@code said}):
   * each name or town before a county word, with it.
   */
  public static List<Detection> find(String text, List<Detection> resolved, List<Detection> said) {
    List<Detection> out = new ArrayList<>(0);
    if (!text.contains(" county")
        && !text.contains(" County")
        && !text.contains(" parish")
        && !text.contains(" Parish")
        && !text.contains(" township")
        && !text.contains(" borough")) {
      return out;
    }
    for (var found : List.of(resolved, said)) {
      for (Detection d : found) {
        if ((d.kind() == EntityKind.LOCATION || d.kind() == EntityKind.NAME)
            && d.end() + 1 < text.length()
            && text.charAt(d.end()) == ' ') {
          int end = wordEnd(text, d.end() + 1);
          if (WORDS.contains(text.substring(d.end() + 1, end).toLowerCase(Locale.ROOT))
              && !ResolvedSpans.overlap(resolved, d.end(), end)) {
            out.add(ResolvedSpans.location(text, d.start(), end, d.confidence() + 0.01));
          }
        }
      }
    }
    unlisted(text, resolved, out);
    return out;
  }

  /**
   * A word no common list has right before a county word, with none found there ("we moved to
   * ravensholt county"): the county's name.
   */
  private static void unlisted(String text, List<Detection> resolved, List<Detection> out) {
    var words = TokenizedText.of(text);
    var lexicon = Lexicon.standard();
    for (int k = 1; k < words.size(); k++) {
      String name = words.word(k - 1);
      if (WORDS.contains(words.word(k))
          && words.gapBefore(k) == TokenizedText.GAP_SPACE
          && name.length() >= 3
          && name.chars().allMatch(Character::isLetter)
          && !lexicon.isFunctionWord(name)
          && !lexicon.isCommonWord(name)
          && !ResolvedSpans.overlap(resolved, words.start(k - 1), words.end(k))
          && !endsAt(out, words.end(k))) {
        out.add(ResolvedSpans.location(text, words.start(k - 1), words.end(k), CONFIDENCE));
      }
    }
  }

  private static boolean endsAt(List<Detection> found, int end) {
    for (Detection d : found) {
      if (d.end() == end) {
        return true;
      }
    }
    return false;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
