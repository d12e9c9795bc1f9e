package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameWords.COMMON;
import static dev.masker.domain.masking.lexicon.NameWords.KNOWN;
import static dev.masker.domain.masking.lexicon.NameWords.NAME_LIKE;
import static dev.masker.domain.masking.lexicon.NameWords.base;

import dev.masker.domain.masking.Detection;
import java.util.List;

/**
 * Names made of words no dictionary has, in lower-case speech (ADR 15): where such a name starts,
 * how far it reaches (up to three name words: "ishtaiilda noiko", "koishiko rojas") and whether a
 * first name right before belongs to it ("jade taiard"). What a word is, is {@link
 * NameWords#unheard}'s to say; this class adds what only the turn can tell: that the word is no
 * place of the lists and that the turn is not in another language.
 */
final class UnheardNames {

  /** Whether a turn is in another language: read once, and only when a candidate asks. */
  static final class TurnLanguage {
    private final TokenizedText text;
    private int other = -1;

    TurnLanguage(TokenizedText text) {
      this.text = text;
    }

    boolean other() {
      if (other < 0) {
        other = NameWords.otherLanguage(text) ? 1 : 0;
      }
      return other == 1;
    }
  }

  private final Lexicon lexicon;
  private final NameWords words;

  UnheardNames(Lexicon lexicon, NameWords words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /** A name word at {@code i} that no dictionary has, no place of the lists, in an English turn. */
  boolean startsAt(TokenizedText text, int i, TurnLanguage language) {
    return words.unheard(text, i) && !place(text, i) && !language.other();
  }

  /** The token after the name that starts at {@code i}: name words of the lists or unheard too. */
  int end(TokenizedText text, int i) {
    int end = i + 1;
    while (end < text.size() && end - i < 3 && text.gapBefore(end) == TokenizedText.GAP_SPACE) {
      int kind = words.classify(text, end);
      if (!(kind == KNOWN || kind == NAME_LIKE && words.unheard(text, end))) {
        break;
      }
      end++;
    }
    return end;
  }

  /**
   * {@code i - 1} when a first name no name found so far covers is right before, else {@code i}.
   */
  int start(TokenizedText text, int i, List<Detection> found) {
    int before = i - 1;
    boolean firstName =
        before >= 0
            && text.gapBefore(i) == TokenizedText.GAP_SPACE
            && lexicon.isFirstName(base(text, before))
            && words.classify(text, before) != COMMON
            && (found.isEmpty() || found.get(found.size() - 1).end() <= text.start(before));
    return firstName ? before : i;
  }

  /** A city, state or country of the lists starts at token {@code i} ("fresno", "ohio"). */
  private boolean place(TokenizedText text, int i) {
    return lexicon.cities().longestAt(text, i) != null
        || lexicon.states().longestAt(text, i) != null
        || NameRecognizer.COUNTRIES.longestAt(text, i) != null;
  }
}
