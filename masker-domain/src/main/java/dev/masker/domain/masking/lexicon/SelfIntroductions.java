package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameWords.NAME_LIKE;
import static dev.masker.domain.masking.lexicon.NameWords.base;
import static dev.masker.domain.masking.lexicon.NameWords.canonical;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;

/**
 * Names no list has, said after a self-introduction that opens the turn ("hi um yeah this is
 * oluwaseun adeyemi", "so i'm ngozi and ..."): words in lower case are taken as a name when they
 * end where a name ends, and do not end like an adjective or a generic drug name ("i'm diabetic",
 * "this is lisinopril").
 */
final class SelfIntroductions {
  /**
   * Endings of adjectives and nouns ("diabetic", "nauseous") and stems of generic drug names
   * ("lisinopril", "metformin", "atorvastatin"): never the end of a name after "this is" or "i'm".
   */
  private static final List<String> NOT_NAME_ENDINGS =
      List.copyOf(Lexicon.read("not-name-endings.txt"));

  private final NameWords words;

  SelfIntroductions(NameWords words) {
    this.words = words;
  }

  /**
   * Reports the name introduced at token {@code i}, if any. Returns the token after the name, or
   * {@code i + 1} when none is reported.
   */
  int report(TokenizedText text, int i, List<Detection> found) {
    if (!found.isEmpty() && found.get(found.size() - 1).end() > text.start(i)) {
      return i + 1;
    }
    int end = i;
    while (end < text.size()
        && end - i < 3
        && (end == i || text.gapBefore(end) == TokenizedText.GAP_SPACE)
        && words.classify(text, end) == NAME_LIKE
        && !notNameEnding(base(text, end))) {
      end++;
    }
    if (end == i) {
      return i + 1;
    }
    if (!NameConfidence.endsHere(text, end) || SpokenAddressContext.insideAddress(text, i, end)) {
      return i + 1;
    }
    found.add(
        new Detection(
            EntityKind.NAME,
            text.start(i),
            text.end(end - 1),
            end - i >= 2 ? 0.74 : 0.68,
            Pass.LEXICON,
            canonical(text, i, end)));
    return end;
  }

  private static boolean notNameEnding(String word) {
    for (String ending : NOT_NAME_ENDINGS) {
      if (word.endsWith(ending) && word.length() > ending.length() + 2) {
        return true;
      }
    }
    return false;
  }
}
