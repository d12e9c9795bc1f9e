package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name spelled in the words of the NATO alphabet after "spelled": "last name spelled november
 * yankee golf alpha alpha romeo delta". Three alphabet words or more in a row there spell a name,
 * and the whole run is one; with a digit after it, it is a code, read as one elsewhere ({@link
 * SpellingAlphabets}).
 */
public final class NatoSpelledNames {
  private static final double CONFIDENCE = 0.85;
  private static final int MIN_LETTERS = 3;

  private static final Set<String> SPELL = Set.of("spelled", "spell", "spelling", "spelt");

  /** Words between "spelled" and the letters: "spelled it as", "spelling is". */
  private static final Set<String> BETWEEN = Set.of("it", "that", "is", "as", ":", ",", "-");

  private NatoSpelledNames() {}

  /** The names spelled in alphabet words in {@code text}; {@code resolved} is not needed. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (!text.contains("spel")) {
      return out;
    }
    var tokens = SpokenTokens.of(text);
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      if (!SPELL.contains(tokens.get(i).text())) {
        continue;
      }
      int first = i + 1;
      while (first < n && first - i <= 2 && BETWEEN.contains(tokens.get(first).text())) {
        first++;
      }
      int end = first;
      int letters = 0;
      while (end < n
          && (SpellingAlphabets.nato(tokens.get(end).text())
              || letters > 0 && tokens.get(end).is(","))) {
        letters += tokens.get(end).is(",") ? 0 : 1;
        end++;
      }
      while (end > first && tokens.get(end - 1).is(",")) {
        end--;
      }
      boolean code = end < n && NumberWords.isNumberToken(tokens.get(end));
      if (letters >= MIN_LETTERS && !code) {
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        out.add(
            new Detection(
                EntityKind.NAME,
                start,
                stop,
                CONFIDENCE,
                Pass.LEXICON,
                text.substring(start, stop).toLowerCase(java.util.Locale.ROOT)));
      }
      i = Math.max(i, end - 1);
    }
    return out;
  }
}
