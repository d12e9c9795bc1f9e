package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameWords.base;
import static dev.masker.domain.masking.lexicon.NameWords.canonical;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Set;

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
    boolean nameTalk = talksOfNames(text);
    for (int i = 0; i < size; i++) {
      if (repeatedPair(text, i)) {
        added += add(text, i, i + 2, found) + add(text, i + 2, i + 4, found);
        i += 3;
      } else if (explainedAsWord(text, i, nameTalk)) {
        added += add(text, i, i + 1, found) + addEarlier(text, i, found);
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

  /**
   * "it's dusty like the word": a word of the name lists the caller says is also a word; any word,
   * in a turn that talks of names and of no place ("his name's miro rich rich like the word").
   */
  private boolean explainedAsWord(TokenizedText text, int i, boolean nameTalk) {
    if (i + 3 >= text.size()
        || !text.word(i + 1).equals("like")
        || !text.word(i + 2).equals("the")
        || !text.word(i + 3).equals("word")) {
      return false;
    }
    String word = base(text, i);
    return lexicon.isName(word) && !placeTalk(text)
        || nameTalk
            && word.length() >= 3
            && !lexicon.isFunctionWord(word)
            && word.chars().allMatch(Character::isLetter);
  }

  /** Words that say a turn is about a name, and words that say it is about a place. */
  private static final Set<String> NAME_TALK =
      Set.of("name", "name's", "names", "surname", "patient", "calling", "spelled");

  private static final Set<String> PLACE_TALK =
      Set.of("town", "city", "street", "road", "county", "village", "avenue", "zip");

  private static boolean placeTalk(TokenizedText text) {
    for (int i = 0; i < text.size(); i++) {
      if (PLACE_TALK.contains(text.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean talksOfNames(TokenizedText text) {
    boolean name = false;
    for (int i = 0; i < text.size(); i++) {
      String word = text.word(i);
      if (PLACE_TALK.contains(word)) {
        return false;
      }
      name |= NAME_TALK.contains(word);
    }
    return name;
  }

  /**
   * The word explained at {@code i} said earlier in the turn, with the name found right before it
   * and the word after it when that is explained too or is no common word: "calling for honor
   * mendoza yes honor like the word", "his name's miro rich rich like the word", "april hill that's
   * the patient april like the word and hill like the word too".
   */
  private int addEarlier(TokenizedText text, int i, List<Detection> found) {
    int k = 0;
    while (k < i && !text.word(k).equals(text.word(i))) {
      k++;
    }
    if (k == i) {
      return 0;
    }
    int from = text.start(k);
    int to = text.end(k);
    if (k + 1 < i && text.gapBefore(k + 1) == TokenizedText.GAP_SPACE) {
      String next = base(text, k + 1);
      Detection named = at(found, text.start(k + 1));
      if (named != null
          || next.length() >= 3
              && !lexicon.isCommonWord(next)
              && !lexicon.isFunctionWord(next)
              && next.chars().allMatch(Character::isLetter)
          || explainedLater(text, k + 1, i)) {
        to = named != null ? named.end() : text.end(k + 1);
        found.remove(named);
      }
    }
    Detection before = endingAt(found, from - 1);
    if (before != null
        && before.kind() == EntityKind.NAME
        && text.gapBefore(k) == TokenizedText.GAP_SPACE) {
      from = before.start(); // "miro" found before "rich rich like the word"
      found.remove(before);
    }
    for (Detection d : found) {
      if (d.start() < to && from < d.end()) {
        return 0;
      }
    }
    found.add(
        new Detection(
            EntityKind.NAME,
            from,
            to,
            REMARKED,
            Pass.LEXICON,
            canonical(text, tokenAt(text, from), tokenAt(text, to - 1) + 1)));
    return 1;
  }

  /** The token that holds the char at {@code offset}. */
  private static int tokenAt(TokenizedText text, int offset) {
    int t = 0;
    while (t + 1 < text.size() && text.end(t) <= offset) {
      t++;
    }
    return t;
  }

  private static Detection at(List<Detection> found, int start) {
    for (Detection d : found) {
      if (d.start() == start && d.kind() == EntityKind.NAME) {
        return d;
      }
    }
    return null;
  }

  private static Detection endingAt(List<Detection> found, int end) {
    for (Detection d : found) {
      if (d.end() == end) {
        return d;
      }
    }
    return null;
  }

  /** Whether the word at {@code k} is explained as a word after {@code from}. */
  private static boolean explainedLater(TokenizedText text, int k, int from) {
    for (int t = from + 1; t + 3 < text.size(); t++) {
      if (text.word(t).equals(text.word(k))
          && text.word(t + 1).equals("like")
          && text.word(t + 2).equals("the")
          && text.word(t + 3).equals("word")) {
        return true;
      }
    }
    return false;
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
