package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names a caller lists after saying whose they are: "the kids are elif felix and little aniol",
 * "my grandkids are wes tuomas and hunter". In a lower-case transcript, after "the kids are" (or
 * "my", "her", "his", "our" and children, grandchildren, sons, daughters, twins), up to six words
 * joined by "and" or commas, skipping "little", "big" and "baby", are each a name until a function
 * word or a word of the list's end ("all", "both", "under") comes.
 */
public final class NamesAfterKin {
  private static final double CONFIDENCE = 0.75;
  private static final int MAX_WORDS = 6;

  private static final Set<String> OWNERS = Set.of("the", "my", "her", "his", "our", "their");

  private static final Set<String> KIN =
      Set.of(
          "kids",
          "children",
          "grandkids",
          "grandchildren",
          "sons",
          "daughters",
          "twins",
          "granddaughters",
          "grandsons",
          "boys",
          "girls");

  private static final Set<String> SIZES = Set.of("little", "big", "baby");

  private static final Set<String> LIST_ENDS =
      Set.of("all", "both", "under", "each", "ages", "aged", "who", "whose");

  private NamesAfterKin() {}

  /** The names listed after "the kids are" in {@code text}, not yet covered by {@code resolved}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (!text.contains(" are ") || TokenizedText.capitalBeyondI(text)) {
      return out;
    }
    var words = TokenizedText.of(text);
    if (!words.lowerCase()) {
      return out;
    }
    var lexicon = Lexicon.standard();
    for (int t = 2; t + 1 < words.size(); t++) {
      if (!words.word(t).equals("are")
          || !KIN.contains(words.word(t - 1))
          || !OWNERS.contains(words.word(t - 2))) {
        continue;
      }
      int k = t + 1;
      int listed = 0;
      List<Detection> names = new ArrayList<>();
      while (k < words.size() && k - t <= MAX_WORDS) {
        String word = words.word(k);
        if (word.equals("and") || SIZES.contains(word)) {
          k++;
          continue;
        }
        if (LIST_ENDS.contains(word)
            || lexicon.isFunctionWord(word)
            || words.isDigits(k)
            || NameCues.RELATIONS.contains(word)
            || lexicon.isEnglishWord(word) && !lexicon.isName(word)) {
          break;
        }
        names.add(ResolvedSpans.name(text, words.start(k), words.end(k), CONFIDENCE));
        listed++;
        k++;
      }
      if (listed >= 2) { // "the kids are fine" names no one; a list of two names does
        for (Detection name : names) {
          if (!ResolvedSpans.overlap(resolved, name.start(), name.end())) {
            out.add(name);
          }
        }
      }
    }
    return out;
  }
}
