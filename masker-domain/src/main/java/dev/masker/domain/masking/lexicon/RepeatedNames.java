package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameWords.base;
import static dev.masker.domain.masking.lexicon.NameWords.canonical;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;

/**
 * A name said again right away, as callers repeat what the agent may have misheard: a full name
 * repeated ("it's quim codina, quim codina") is found again, and a word said twice across a comma
 * ("the last name is hrzenjak, hrzenjak") is two names, not one of two words.
 */
final class RepeatedNames {
  /** How many of the last names found a repeated name is compared with. */
  private static final int REPEAT_REACH = 3;

  private RepeatedNames() {}

  /**
   * A name of more than one word said again in the same text ("it's quim codina, quim codina"): the
   * same words as one of the last names found, reported again with its confidence. Returns the
   * token after the repeated name, or {@code i} when none starts here.
   */
  static int at(TokenizedText text, int i, List<Detection> found) {
    String first = null;
    for (int f = found.size() - 1; f >= 0 && f >= found.size() - REPEAT_REACH; f--) {
      var earlier = found.get(f);
      String name = earlier.canonical();
      if (first == null) {
        first = base(text, i);
      }
      // Most candidates start no earlier name: compare the first word before building any text.
      if (name.length() <= first.length()
          || name.charAt(first.length()) != ' '
          || !name.startsWith(first)) {
        continue;
      }
      int words = 1 + (int) name.chars().filter(c -> c == ' ').count();
      if (words < 2
          || i + words > text.size()
          || earlier.end() > text.start(i)
          || !canonical(text, i, i + words).equals(earlier.canonical())) {
        continue;
      }
      for (int t = i + 1; t < i + words; t++) {
        if (text.gapBefore(t) != TokenizedText.GAP_SPACE) {
          return i;
        }
      }
      found.add(
          new Detection(
              EntityKind.NAME,
              text.start(i),
              text.end(i + words - 1),
              earlier.confidence(),
              Pass.LEXICON,
              earlier.canonical()));
      return i + words;
    }
    return i;
  }

  /** Splits each name of {@code found} made of one word said twice across a comma. */
  static void split(String text, List<Detection> found) {
    for (int f = 0; f < found.size(); f++) {
      var name = found.get(f);
      int comma = text.indexOf(',', name.start());
      if (comma < 0 || comma >= name.end()) {
        continue;
      }
      int second = comma + 1;
      while (second < name.end() && text.charAt(second) == ' ') {
        second++;
      }
      String word = text.substring(name.start(), comma).strip();
      if (word.isEmpty() || !word.equalsIgnoreCase(text.substring(second, name.end()))) {
        continue;
      }
      found.set(f, said(name, name.start(), name.start() + word.length()));
      found.add(f + 1, said(name, second, name.end()));
      f++;
    }
  }

  private static Detection said(Detection name, int start, int end) {
    String canonical = name.canonical();
    int space = canonical.indexOf(' ');
    return new Detection(
        EntityKind.NAME,
        start,
        end,
        name.confidence(),
        Pass.LEXICON,
        space < 0 ? canonical : canonical.substring(0, space));
  }
}
