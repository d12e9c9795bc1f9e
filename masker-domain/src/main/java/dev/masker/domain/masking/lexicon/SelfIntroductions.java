package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameWords.COMMON;
import static dev.masker.domain.masking.lexicon.NameWords.KNOWN;
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
      java.util.stream.Stream.concat(
              Lexicon.read("not-name-endings.txt").stream(), NameWords.DRUG_NAME_ENDINGS.stream())
          .toList();

  private final Lexicon lexicon;
  private final NameWords words;

  SelfIntroductions(Lexicon lexicon, NameWords words) {
    this.lexicon = lexicon;
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
    int unlisted = 0;
    while (end < text.size()
        && end - i < 5
        && (end == i || text.gapBefore(end) == TokenizedText.GAP_SPACE)) {
      int particles = 0;
      while (end > i
          && end + particles + 1 < text.size()
          && particles < 2
          && NameWords.PARTICLES.contains(text.word(end + particles))
          && text.gapBefore(end + particles + 1) == TokenizedText.GAP_SPACE) {
        particles++; // "it's belwick ibn hubert"
      }
      if (!introducedWord(text, i, end + particles)) {
        break;
      }
      end += particles;
      unlisted += words.classify(text, end) == NAME_LIKE ? 1 : 0;
      end++;
    }
    if (end == i || unlisted == 0 && end - i < 2) {
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

  /**
   * Whether token {@code t} of a name introduced at {@code i} is a name word: a word no list has
   * (not ending like an adjective or a drug), a listed name that is no ordinary word ("it's loloova
   * konieczna"), or, first, a rare ordinary word before a listed surname ("this is nils forsman").
   */
  private boolean introducedWord(TokenizedText text, int i, int t) {
    int kind = words.classify(text, t);
    if (kind == NAME_LIKE) {
      return !notNameEnding(base(text, t));
    }
    if (kind == KNOWN) {
      return true;
    }
    return kind == COMMON
        && t == i
        && !lexicon.isFunctionWord(base(text, t))
        && !NameWords.PARTICLES.contains(base(text, t))
        && t + 1 < text.size()
        && text.gapBefore(t + 1) == TokenizedText.GAP_SPACE
        && words.classify(text, t + 1) == KNOWN
        && lexicon.isSurname(text.word(t + 1))
        && !lexicon.isFirstName(text.word(t + 1));
  }

  static boolean notNameEnding(String word) {
    for (String ending : NOT_NAME_ENDINGS) {
      if (word.endsWith(ending) && word.length() > ending.length() + 2) {
        return true;
      }
    }
    return false;
  }
}
