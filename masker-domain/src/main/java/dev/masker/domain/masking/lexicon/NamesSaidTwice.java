package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A first name said alone and then again with the surname: "so dawn, uh dawn viveiros, is my
 * patient", "june, like the month, june halvorsk"; or again as the start of an e-mail address ("my
 * daughter instead, abraham, abraham dash p at example dot com"). The name recognizers find the
 * full name; the word said just before it, equal to its first word and parted from it only by
 * marks, fillers or a short aside, is the same name.
 */
public final class NamesSaidTwice {
  /** How many words an aside between the two may have ("like the month", "i mean"). */
  private static final int MAX_ASIDE = 4;

  private static final Set<String> ASIDE_WORDS =
      Set.of(
          "uh", "um", "er", "erm", "i", "mean", "no", "like", "the", "month", "flower", "sorry",
          "that's", "it's", "yes", "yeah", "oh", "so");

  private NamesSaidTwice() {}

  /**
   * The first names said before the full names and e-mail addresses among {@code resolved}, not yet
   * covered.
   */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    for (Detection name : resolved) {
      boolean email = name.kind() == EntityKind.EMAIL;
      if (name.kind() != EntityKind.NAME && !email) {
        continue;
      }
      int firstEnd = name.start();
      while (firstEnd < name.end() && Character.isLetter(text.charAt(firstEnd))) {
        firstEnd++;
      }
      if (firstEnd == name.end() || firstEnd - name.start() < (email ? 3 : 2)) {
        continue; // one word: nothing said twice to find
      }
      String first = text.substring(name.start(), firstEnd).toLowerCase(Locale.ROOT);
      int end = name.start();
      for (int words = 0; words <= MAX_ASIDE; words++) {
        end = skipMarks(text, end);
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
          start--;
        }
        if (start == end) {
          break;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (word.equals(first) && !(email && Lexicon.standard().isCommonWord(word))) {
          if (!ResolvedSpans.overlap(resolved, start, end)) {
            out.add(new Detection(EntityKind.NAME, start, end, 0.8, Pass.LEXICON, word));
          }
          break;
        }
        if (!ASIDE_WORDS.contains(word)) {
          break;
        }
        end = start;
      }
    }
    return out;
  }

  /** Back over blanks, commas, dashes and dots before {@code end}. */
  private static int skipMarks(String text, int end) {
    int i = end;
    while (i > 0 && " ,-.…".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }
}
