package dev.masker.domain.masking;

import dev.masker.domain.masking.text.OtherAlphabets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The values a text holds written in another alphabet ({@link OtherAlphabets}): each word one of
 * whose Latin spellings {@code find} finds a value in becomes one detection over the word, as a
 * base64 run does ({@link Base64Values}). Used by the known-value search: a name the call said in
 * Latin letters and that comes back in Cyrillic or Greek letters ("Соландер") is masked (ADR 22).
 */
public final class TransliteratedValues {
  private TransliteratedValues() {}

  /** One detection over each word of {@code text} whose Latin spelling {@code find} matches. */
  public static List<Detection> detections(String text, Function<String, List<Detection>> find) {
    if (!OtherAlphabets.mayHold(text)) {
      return List.of();
    }
    var found = new ArrayList<Detection>();
    for (var word : OtherAlphabets.of(text)) {
      for (var spelling : word.spellings()) {
        var inside = find.apply(spelling);
        if (!inside.isEmpty()) {
          found.add(Base64Values.wholeRun(text, word.start(), word.end(), inside));
          break;
        }
      }
    }
    return found;
  }
}
