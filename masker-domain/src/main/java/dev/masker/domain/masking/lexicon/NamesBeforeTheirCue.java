package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name said before the words that call it one: "may is the last name, you know like the word",
 * "okafor is my surname", "bush that's the last name". The word right before "is the last name",
 * "is my name", "that's her first name" is the name, even an ordinary word, where it opens the turn
 * or a clause; nothing but a name is said to be a name.
 */
public final class NamesBeforeTheirCue {
  private static final double CONFIDENCE = 0.8;

  /** What joins the name to its cue: "is", "'s", "that's". */
  private static final Set<String> LINKS = Set.of("is", "that's", "thats", "was");

  /** Whose name it is: "the", "my", "her". */
  private static final Set<String> OWNERS = Set.of("the", "my", "her", "his", "their", "our");

  /** Which name: "last name", "surname", "name". */
  private static final Set<String> NAME_WORDS =
      Set.of("name", "surname", "lastname", "firstname", "nickname");

  private static final Set<String> WHICH =
      Set.of("last", "first", "given", "family", "middle", "maiden", "sur");

  private NamesBeforeTheirCue() {}

  /** The names said before the words that call them one, among the words of {@code text}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (!text.contains("name")) {
      return out;
    }
    var words = TokenizedText.of(text);
    var lexicon = Lexicon.standard();
    for (int n = 0; n + 2 < words.size(); n++) {
      int cueEnd = cueEnd(words, n + 1);
      if (cueEnd < 0
          || words.gapBefore(n + 1) != TokenizedText.GAP_SPACE
          || !opensClause(words, n)
          || !nameWord(words.word(n), lexicon)) {
        continue;
      }
      int start = words.start(n);
      int end = words.end(n);
      if (!ResolvedSpans.overlap(resolved, start, end)) {
        out.add(ResolvedSpans.name(text, start, end, CONFIDENCE));
      }
    }
    return out;
  }

  /** The token after "is the last name" from {@code i}, or -1. */
  private static int cueEnd(TokenizedText words, int i) {
    if (!LINKS.contains(words.word(i))) {
      return -1;
    }
    int k = i + 1;
    if (k < words.size() && OWNERS.contains(words.word(k))) {
      k++;
    }
    if (k < words.size() && WHICH.contains(words.word(k))) {
      k++;
    }
    return k < words.size() && NAME_WORDS.contains(words.word(k)) && k > i + 1 ? k + 1 : -1;
  }

  /** The word at {@code n} opens the turn or a clause: after nothing, a mark or a filler. */
  private static boolean opensClause(TokenizedText words, int n) {
    return n == 0
        || words.gapBefore(n) != TokenizedText.GAP_SPACE
        || NameCues.FILLER_WORDS.contains(words.word(n - 1))
        || words.word(n - 1).equals("and")
        || words.word(n - 1).equals("so")
        || words.word(n - 1).equals("yeah");
  }

  /** A word a name may be: letters, no function word, no title or relation ("may" may). */
  private static boolean nameWord(String word, Lexicon lexicon) {
    return word.length() >= 2
        && word.chars().allMatch(Character::isLetter)
        && !lexicon.isFunctionWord(word)
        && !lexicon.isHonorific(word)
        && !NameContext.RELATIONS.contains(word)
        && !Set.of("what", "which", "whose", "mine", "hers", "his", "this", "that").contains(word);
  }
}
