package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameWords.AMBIGUOUS;
import static dev.masker.domain.masking.lexicon.NameWords.COMMON;
import static dev.masker.domain.masking.lexicon.NameWords.KNOWN;

import java.util.Set;

/**
 * Capitalised words of a title, a heading or an institution's name ("Hope Ward Visiting Hours",
 * "Victoria Wing Parking", "Major Depressive Disorder"): name words followed, in the same run of
 * capitals, by an ordinary capitalised noun. Only a candidate with no cue before it, and only when
 * it is one word, or words that are also ordinary words ("Hope", "Major") or in no list, one of
 * them ordinary: a word only the name lists have keeps it a name whatever follows ("Anna Schmidt
 * Practice Manager", "Grace Lopez Discharge Summary"). Built once, then only read: safe to share
 * between threads.
 */
final class TitleCaseHeading {
  /**
   * Capitalised words after a name that still end a name besides the calendar words of {@link
   * CalendarWords#CALENDAR_WORDS}: the months that are also given names, suffixes, relative days.
   */
  private static final Set<String> NAME_ENDINGS =
      Set.of(
          "april",
          "may",
          "june",
          "august",
          "jr",
          "sr",
          "esq",
          "phd",
          "today",
          "tomorrow",
          "yesterday");

  private final Lexicon lexicon;
  private final NameWords words;

  TitleCaseHeading(Lexicon lexicon, NameWords words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /**
   * Whether the candidate name of tokens {@code start} to {@code end} is the head of a capitalised
   * run of title words: the token after it is an ordinary word written with a capital.
   */
  boolean inside(TokenizedText text, int start, int end) {
    if (end >= text.size()
        || text.gapBefore(end) != TokenizedText.GAP_SPACE
        || !text.capitalized(end)
        || !NameWords.writtenCapital(text, end)) {
      return false;
    }
    String next = NameWords.base(text, end);
    if (next.length() < 3
        || CalendarWords.CALENDAR_WORDS.contains(next)
        || NAME_ENDINGS.contains(next)
        || lexicon.isFunctionWord(next)
        || lexicon.isHonorific(next)
        || !lexicon.isCommonWord(next)
        || words.classify(text, end) != COMMON) {
      return false;
    }
    if (end - start == 1) {
      return true;
    }
    boolean ordinary = false;
    for (int t = start; t < end; t++) {
      int kind = words.classify(text, t);
      if (kind == KNOWN) {
        return false; // "Grace Lopez Discharge Summary", "Jack Frost Warning": a listed name
      }
      ordinary |= kind == AMBIGUOUS;
    }
    return ordinary;
  }
}
