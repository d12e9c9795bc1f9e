package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameWords.base;
import static dev.masker.domain.masking.lexicon.NameWords.canonical;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;

/**
 * Names a caller remarks on, which a transcript keeps even when the words are ordinary: a given
 * name and the word after it said twice over a bad line ("glen church glen church sorry the line
 * cut out"), and a name explained as a word ("it's dusty like the word").
 */
final class NameRemarks {
  /** Confidence of a name the caller repeats or explains. */
  private static final double REMARKED = 0.75;

  private final Lexicon lexicon;

  NameRemarks(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Adds the names remarked on that no other reading found, in the order of the text. */
  void report(TokenizedText text, List<Detection> found) {
    int size = text.size();
    int added = 0;
    for (int i = 0; i < size; i++) {
      if (repeatedPair(text, i)) {
        added += add(text, i, i + 2, found) + add(text, i + 2, i + 4, found);
        i += 3;
      } else if (explainedAsWord(text, i)) {
        added += add(text, i, i + 1, found);
      }
    }
    if (added > 0) {
      found.sort(java.util.Comparator.comparingInt(Detection::start));
    }
  }

  /** "glen church glen church": a given name and a word, then both again, before no more. */
  private boolean repeatedPair(TokenizedText text, int i) {
    if (i + 3 >= text.size()
        || !text.word(i + 2).equals(text.word(i))
        || !lexicon.isFirstName(base(text, i))) {
      return false;
    }
    for (int t = i + 1; t <= i + 3; t++) {
      if (text.gapBefore(t) == TokenizedText.GAP_STOP) {
        return false;
      }
    }
    String second = base(text, i + 1);
    return !lexicon.isFunctionWord(second)
        && second.length() >= 2
        && !text.isDigits(i + 1)
        && base(text, i + 2).equals(base(text, i))
        && base(text, i + 3).equals(second)
        && (i + 4 == text.size() || !base(text, i + 4).equals(base(text, i)));
  }

  /** "it's dusty like the word": a word of the name lists the caller says is also a word. */
  private boolean explainedAsWord(TokenizedText text, int i) {
    return i + 3 < text.size()
        && text.word(i + 1).equals("like")
        && text.word(i + 2).equals("the")
        && text.word(i + 3).equals("word")
        && lexicon.isName(base(text, i));
  }

  private static int add(TokenizedText text, int start, int end, List<Detection> found) {
    int from = text.start(start);
    for (Detection d : found) {
      if (d.start() < text.end(end - 1) && from < d.end()) {
        return 0;
      }
    }
    found.add(
        new Detection(
            EntityKind.NAME,
            from,
            text.end(end - 1),
            REMARKED,
            Pass.LEXICON,
            canonical(text, start, end)));
    return 1;
  }
}
