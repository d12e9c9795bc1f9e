package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameCues.NAMING;
import static dev.masker.domain.masking.lexicon.NameWords.AMBIGUOUS;
import static dev.masker.domain.masking.lexicon.NameWords.KNOWN;
import static dev.masker.domain.masking.lexicon.NameWords.base;
import static dev.masker.domain.masking.lexicon.NameWords.canonical;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names said beside other names, where a word of the name lists that is also an ordinary word
 * ("mason", "hunter", "fields") is a name because of its company: the members of a list of names
 * ("mason and sol and agnieszka", "the kids are wes tuomas and hunter", "waters or fields") and a
 * surname and a given name dictated with the word "comma" between them ("moody comma ruby"), and
 * the name said after a correction ("it's munak, sorry, bidreescu", "panna no sorry jo"). The list
 * must end where a list ends (the turn, a stop, "either", "both", "all"…) or start where one
 * starts, so "john and will you call" keeps "will" a verb.
 */
final class CoordinatedNames {
  /** Confidence of a list member or a dictated name known only by its company. */
  static final double BESIDE_A_NAME = 0.7;

  /** The least confidence of a name whose company makes a list member a name. */
  private static final double ANCHOR = 0.65;

  /** Words that join the members of a list. */
  private static final Set<String> JOINERS = Set.of("and", "or", "&");

  /** Words after the last member of a list of people. */
  private static final Set<String> LIST_ENDS =
      Set.of(
          "either",
          "whoever",
          "both",
          "all",
          "something",
          "too",
          "each",
          "are",
          "were",
          "need",
          "needs",
          "said",
          "say",
          "says",
          "will",
          "would",
          "can",
          "could",
          "have",
          "has",
          "had",
          "knows",
          "know",
          "is",
          "was",
          "told",
          "and",
          "or",
          "they",
          "we",
          "who",
          "that's");

  /** Words before the first member of a list of people. */
  private static final Set<String> LIST_STARTS =
      Set.of(
          "so",
          "are",
          "is",
          "was",
          "me",
          "ask",
          "for",
          "with",
          "and",
          "like",
          "both",
          "named",
          "call",
          "tell",
          "to",
          "by",
          "from",
          "see",
          "saw",
          "kids",
          "twins",
          "children",
          "it's");

  /** Corrections said after a name and before the right one, with or without commas around. */
  private static final PhraseTrie CORRECTIONS = corrections();

  private static PhraseTrie corrections() {
    var trie = new PhraseTrie();
    for (String phrase : List.of("sorry", "no sorry", "no wait", "i mean", "or rather", "no")) {
      trie.add(phrase, 1);
    }
    return trie;
  }

  private final NameWords words;
  private final Lexicon lexicon;

  CoordinatedNames(Lexicon lexicon, NameWords words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /**
   * Whether the list member at {@code i}, after a name and "and" or "or", ends where a list of
   * people ends: the turn, a stop or comma, or a word such as "either" or "all" next.
   */
  static boolean lastMember(TokenizedText text, int i) {
    int next = i + 1;
    return next >= text.size()
        || text.gapBefore(next) != TokenizedText.GAP_SPACE
        || LIST_ENDS.contains(text.word(next));
  }

  /**
   * Adds the list members before names already found ("mason" of "mason and sol") and the names
   * dictated with "comma", in the order of the text.
   */
  void report(TokenizedText text, List<Detection> found) {
    if (found.isEmpty() && text.size() < 3) {
      return;
    }
    List<Detection> added = new ArrayList<>(2);
    for (Detection name : List.copyOf(found)) {
      if (name.confidence() < ANCHOR) {
        continue; // a name too unsure to be reported vouches for no other
      }
      int first = tokenAt(text, name.start());
      while (first >= 2
          && text.gapBefore(first) == TokenizedText.GAP_SPACE
          && text.gapBefore(first - 1) == TokenizedText.GAP_SPACE
          && JOINERS.contains(text.word(first - 1))
          && member(text, first - 2)
          && listStart(text, first - 2)
          && !covered(found, added, text.start(first - 2))) {
        added.add(detection(text, first - 2));
        first -= 2;
      }
    }
    dictated(text, found, added);
    if (!added.isEmpty()) {
      found.addAll(added);
      found.sort(java.util.Comparator.comparingInt(Detection::start));
    }
  }

  /**
   * A correction right after a name ("it's munak, sorry, bidreescu", "put ana, no wait, anja",
   * "jon, i mean john"): the word after it is named as strongly as a naming cue names it.
   */
  static void corrected(TokenizedText text, int end, int[] marks) {
    if (end >= text.size()) {
      return;
    }
    int gap = text.gapBefore(end);
    PhraseTrie.Match correction = CORRECTIONS.longestAt(text, end);
    int after = correction == null ? -1 : end + correction.tokens();
    if (after <= 0 || after >= text.size()) {
      return;
    }
    boolean commas =
        gap == TokenizedText.GAP_COMMA && text.gapBefore(after) == TokenizedText.GAP_COMMA;
    // a transcript writes no commas: "the tech named panna no sorry jo", but not a bare "no"
    boolean spoken =
        text.lowerCase()
            && gap == TokenizedText.GAP_SPACE
            && text.gapBefore(after) == TokenizedText.GAP_SPACE
            && !(correction.tokens() == 1 && text.word(end).equals("no"));
    if (commas || spoken) {
      NameCues.raise(marks, after, NAMING);
    }
  }

  /** "moody comma ruby": a surname, the word "comma", a given name. */
  private void dictated(TokenizedText text, List<Detection> found, List<Detection> added) {
    for (int c = 1; c + 1 < text.size(); c++) {
      if (!text.word(c).equals("comma")
          || text.gapBefore(c) != TokenizedText.GAP_SPACE
          || text.gapBefore(c + 1) != TokenizedText.GAP_SPACE
          || !lexicon.isSurname(base(text, c - 1))
          || !lexicon.isFirstName(base(text, c + 1))) {
        continue;
      }
      for (int t : new int[] {c - 1, c + 1}) {
        if (!covered(found, added, text.start(t))) {
          added.add(detection(text, t));
        }
      }
    }
  }

  private boolean member(TokenizedText text, int i) {
    int kind = words.classify(text, i);
    return (kind == KNOWN || kind == AMBIGUOUS) && !lexicon.isFunctionWord(base(text, i));
  }

  private static boolean listStart(TokenizedText text, int i) {
    return i == 0
        || text.gapBefore(i) != TokenizedText.GAP_SPACE
        || LIST_STARTS.contains(text.word(i - 1));
  }

  private static Detection detection(TokenizedText text, int i) {
    return new Detection(
        EntityKind.NAME,
        text.start(i),
        text.end(i),
        BESIDE_A_NAME,
        Pass.LEXICON,
        canonical(text, i, i + 1));
  }

  private static boolean covered(List<Detection> found, List<Detection> added, int position) {
    for (var list : List.of(found, added)) {
      for (Detection d : list) {
        if (d.start() <= position && position < d.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The token starting at {@code position}, or the one holding it. */
  private static int tokenAt(TokenizedText text, int position) {
    int low = 0;
    int high = text.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (text.start(mid) <= position) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }
}
