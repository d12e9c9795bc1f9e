package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.List;
import java.util.Set;

/**
 * The town that names a branch of an organisation in written text: "from the Kuopio office", "Dr
 * Kiki Kurniadi, Grubišno Polje practice", "the Norrborg depot". One to three capitalised words
 * after "the" or a comma and before a branch word written in lower case ("office", "practice",
 * "branch") are a town, listed or not; a capitalised branch word makes a proper name ("Riverside
 * Practice") and is left alone, as are ordinary words, persons' names and countries ("the Finance
 * office", "the Smith practice", "the France office").
 *
 * <p>A bounded look at each token: linear.
 */
final class BranchTown {

  /** Lower-case words after a town that make it the seat of a branch. */
  private static final Set<String> BRANCH_WORDS =
      Set.of("office", "offices", "practice", "branch", "depot", "site", "team", "surgery");

  private static final double CONFIDENCE = 0.85;

  private BranchTown() {}

  /**
   * A branch's town at token {@code i}: reported, and the token after it returned; or {@code i}.
   */
  static int at(
      TokenizedText text, int i, Lexicon lexicon, PhraseTrie countries, List<Detection> found) {
    if (text.lowerCase()
        || i == 0
        || !(text.gapBefore(i) == TokenizedText.GAP_COMMA
            || text.gapBefore(i) == TokenizedText.GAP_SPACE && text.word(i - 1).equals("the"))
        || !UnlistedTowns.titleCase(text, i)
        || countries.longestAt(text, i) != null) {
      return i;
    }
    boolean listed =
        lexicon.cities().longestAt(text, i) != null || lexicon.towns().longestAt(text, i) != null;
    int end = i;
    while (end < text.size()
        && end - i < UnlistedTowns.MAX_TOWN_TOKENS
        && (end == i || text.gapBefore(end) == TokenizedText.GAP_SPACE)
        && UnlistedTowns.titleCase(text, end)
        && townWord(text.word(end), lexicon, listed)) {
      end++;
    }
    if (end == i
        || end >= text.size()
        || text.gapBefore(end) != TokenizedText.GAP_SPACE
        || !BRANCH_WORDS.contains(text.word(end))
        || !Character.isLowerCase(text.text().charAt(text.start(end)))) {
      return i;
    }
    found.add(UnlistedTowns.town(text, i, end, CONFIDENCE));
    return end;
  }

  private static boolean townWord(String word, Lexicon lexicon, boolean listed) {
    return word.length() > 2
        && !UnlistedTowns.hasDigit(word)
        && !lexicon.isFunctionWord(word)
        && !UnlistedTowns.NOT_TOWN_WORDS.contains(word)
        && (listed || !lexicon.isCommonWord(word) && !lexicon.isName(word));
  }
}
