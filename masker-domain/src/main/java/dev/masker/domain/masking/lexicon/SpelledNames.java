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
import java.util.Set;

/**
 * Names spelled letter by letter ("y i l m a z"): a run of three or more single letters is a name
 * of its own when it spells a word said just before it that is no ordinary word, a listed name, or
 * follows a naming cue ("the last name is k r i s h ..."), or names one of its letters by a word
 * ("l as in lima, o as in oscar, p, e, z"); the word it spells is then a name too. Letters may be
 * said twice at once ("b a double s e two t's"): {@link SpellingUnits}. Letters next to an address
 * word or a number ("j o h n dot", "a b c one two") are an address or an id, not a name.
 */
final class SpelledNames {
  /** Words around a spoken e-mail address or web address: letters next to one are part of it. */
  private static final Set<String> ADDRESS_WORDS = Lexicon.read("spoken-address-words.txt");

  /** Number words: letters followed by them are an id or a plate, not a spelled name. */
  private static final Set<String> NUMBER_WORDS = Lexicon.read("spelled-id-number-words.txt");

  /** How far before spelled letters the name they spell may be, in tokens. */
  private static final int SPELLED_LOOKBACK = 12;

  private final Lexicon lexicon;
  private final NameWords words;

  SpelledNames(Lexicon lexicon, NameWords words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /**
   * The end of a run of three or more single letters starting at {@code i} ("y i l m a z"), or
   * {@code i} when there is none or the letters belong to a spoken address or id ("j o h n dot", "a
   * b c one two").
   */
  static int runEnd(TokenizedText text, int i) {
    if (hyphenSpelled(text.word(i))) {
      // "k-o-w-a-l-s-k-i", one token: letters joined by hyphens, unless an address or id is next
      boolean context =
          i > 0 && text.gapBefore(i) != TokenizedText.GAP_STOP && spellingContext(text, i - 1)
              || i + 1 < text.size()
                  && text.gapBefore(i + 1) != TokenizedText.GAP_STOP
                  && spellingContext(text, i + 1);
      return context ? i : i + 1;
    }
    int end = SpellingUnits.unitEnd(text, i);
    if (end == i) {
      return i;
    }
    if (i > 0 && text.gapBefore(i) != TokenizedText.GAP_STOP && spellingContext(text, i - 1)) {
      return i;
    }
    int letters = SpellingUnits.letterCount(text, i, end);
    int units = 1;
    while (end < text.size() && text.gapBefore(end) != TokenizedText.GAP_STOP) {
      int next = SpellingUnits.unitEnd(text, end);
      if (next == end) {
        break;
      }
      letters += SpellingUnits.letterCount(text, end, next);
      units++;
      end = next;
    }
    if (letters < 3 || units < 2) {
      return i;
    }
    if (end < text.size()
        && text.gapBefore(end) != TokenizedText.GAP_STOP
        && spellingContext(text, end)) {
      return i;
    }
    return end;
  }

  /** Three or more single letters joined by hyphens ("k-o-w-a-l-s-k-i"). */
  static boolean hyphenSpelled(String word) {
    int length = word.length();
    if (length < 5 || length % 2 == 0) {
      return false;
    }
    for (int c = 0; c < length; c++) {
      char ch = word.charAt(c);
      if (c % 2 == 0 ? !Character.isLetter(ch) : ch != '-') {
        return false;
      }
    }
    return true;
  }

  /** Next to letters, a word that makes them part of an address or an id. */
  private static boolean spellingContext(TokenizedText text, int i) {
    String word = text.word(i);
    return ADDRESS_WORDS.contains(word) || NUMBER_WORDS.contains(word) || text.isDigits(i);
  }

  /**
   * Reports spelled letters as a name of their own when they spell (the start of) a word said just
   * before them that is not an ordinary word ("kowalczyk k o w a l c z y k"), or a listed name.
   */
  void report(TokenizedText text, int start, int end, boolean named, List<Detection> found) {
    StringBuilder letters = new StringBuilder(end - start);
    boolean lettersNamed = false;
    if (hyphenSpelled(text.word(start))) {
      String word = text.word(start);
      for (int c = 0; c < word.length(); c += 2) {
        letters.append(word.charAt(c));
      }
    } else {
      for (int t = start; t < end; ) {
        int next = Math.max(t + 1, SpellingUnits.unitEnd(text, t));
        SpellingUnits.appendLetters(text, t, next, letters);
        // a letter named by a word or said twice ("double s") is spelling, never an ordinary phrase
        lettersNamed |=
            SpellingUnits.named(text, t, next) || SpellingUnits.letterCount(text, t, next) > 1;
        t = next;
      }
    }
    String spelled = letters.toString();
    double confidence = 0;
    int spelledWord = -1;
    boolean whole = false;
    for (int t = Math.max(0, start - SPELLED_LOOKBACK); t < start; t++) {
      String word = base(text, t);
      boolean same = word.equals(spelled) && spelled.length() >= 4;
      if (word.startsWith(spelled)
          && (same || !lexicon.isCommonWord(word) || reported(text, t, found))) {
        // nobody spells an ordinary word in a call: "its harms h a r m s" spells a surname
        confidence = Math.max(confidence, word.length() == spelled.length() ? 0.9 : 0.8);
        spelledWord = t;
        whole = same;
      }
    }
    if (spelledWord >= 0) {
      reportSpelledWord(text, spelledWord, whole, found);
    }
    if (confidence == 0 && lexicon.isName(spelled) && !lexicon.isAmbiguousName(spelled)) {
      confidence = 0.75;
    }
    if (confidence == 0
        && spelled.length() >= 4
        && (nameBefore(text, start, found) || namedAfter(text, end))) {
      // "it's cerys p u g h", "m i c h l o v s k y that's the last name"
      confidence = 0.8;
    }
    if (confidence == 0 && spelled.length() >= 4 && spellCueBefore(text, start)) {
      confidence = 0.85; // "the town, i'll spell it m a r r o w b y", "spell the surname, b e c k"
    }
    if (confidence == 0
        && spelled.length() >= 5
        && hyphenSpelled(text.word(start))
        && !lexicon.isCommonWord(spelled)) {
      // "it's z-e-l-p-h-i-n-e q-u-a-r-r-e-n-d-a-l-e": a word written letter by letter with dashes
      // is one a caller spells, and no ordinary word (ADR 32)
      confidence = 0.8;
    }
    if (confidence == 0 && (named || lettersNamed)) {
      // "the last name is k r i s h n a m u r t h y", "l as in lima, o as in oscar, p ..."
      confidence = 0.85;
    }
    if (confidence > 0) {
      found.add(
          new Detection(
              townBefore(text, start) ? EntityKind.LOCATION : EntityKind.NAME,
              text.start(start),
              text.end(end - 1),
              confidence,
              Pass.LEXICON,
              spelled));
    }
  }

  private static final Set<String> SPELL_WORDS = Set.of("spell", "spelled", "spelling", "spells");

  /** How far before spelled letters "spell" may be: "i'll spell it for you, it's …". */
  private static final int SPELL_CUE_WINDOW = 6;

  private static boolean spellCueBefore(TokenizedText text, int start) {
    for (int t = Math.max(0, start - SPELL_CUE_WINDOW); t < start; t++) {
      if (SPELL_WORDS.contains(text.word(t))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TOWN_WORDS = Set.of("town", "city", "village", "county");
  private static final Set<String> NAME_WORDS =
      Set.of("name", "surname", "names", "last", "first", "maiden", "middle");

  /** Whether the letters spell a town: "the town is spelled …", nearer than any name word. */
  private static boolean townBefore(TokenizedText text, int start) {
    for (int t = start - 1; t >= 0 && t >= start - SPELLED_LOOKBACK; t--) {
      String word = text.word(t);
      if (NAME_WORDS.contains(word)) {
        return false;
      }
      if (TOWN_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name reported just before covers token {@code t} ("kettle" in "it's kettle, k-e-t-t-l-e").
   */
  private static boolean reported(TokenizedText text, int t, List<Detection> found) {
    for (int d = Math.max(0, found.size() - 4); d < found.size(); d++) {
      Detection detection = found.get(d);
      if (detection.start() <= text.start(t) && detection.end() >= text.end(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word that letters spell is a name itself ("kenji watanabe w a t a n a b e"): reported with
   * the name word before it, unless a detection already covers it or it is part of an address.
   */
  /** A first name, or a name just found, right before the letters: they spell the surname. */
  private boolean nameBefore(TokenizedText text, int start, List<Detection> found) {
    if (start == 0 || text.gapBefore(start) == TokenizedText.GAP_STOP) {
      return false;
    }
    String word = base(text, start - 1);
    return lexicon.isFirstName(word) && !lexicon.isAmbiguousName(word)
        || reported(text, start - 1, found);
  }

  /** "… that's the last name", "… is the surname", "… for the spelling" right after the letters. */
  private static boolean namedAfter(TokenizedText text, int end) {
    if (end >= text.size() || text.gapBefore(end) == TokenizedText.GAP_STOP) {
      return false;
    }
    String next = text.word(end);
    if (!(next.equals("that's")
        || next.equals("thats")
        || next.equals("is")
        || next.equals("for"))) {
      return false;
    }
    for (int t = end + 1; t < text.size() && t <= end + 4; t++) {
      if (text.gapBefore(t) == TokenizedText.GAP_STOP) {
        return false;
      }
      String word = text.word(t);
      if (word.equals("name") || word.equals("surname") || word.equals("spelling")) {
        return true;
      }
    }
    return false;
  }

  private void reportSpelledWord(TokenizedText text, int t, boolean whole, List<Detection> found) {
    int recent = Math.max(0, found.size() - 4);
    for (Detection detection : found.subList(recent, found.size())) {
      if (detection.start() <= text.start(t) && detection.end() >= text.start(t)) {
        return;
      }
    }
    if (SpokenAddressContext.insideAddress(text, t, t + 1)
        || words.classify(text, t) == COMMON && !whole) {
      return;
    }
    int from = t;
    if (t > 0 && text.gapBefore(t) == TokenizedText.GAP_SPACE) {
      int before = words.classify(text, t - 1);
      if (before == KNOWN || before == NAME_LIKE) {
        from = t - 1;
      }
    }
    for (Detection detection : found.subList(recent, found.size())) {
      if (detection.end() > text.start(from)) {
        from = t;
      }
    }
    found.add(
        new Detection(
            EntityKind.NAME,
            text.start(from),
            text.end(t),
            0.85,
            Pass.LEXICON,
            canonical(text, from, t + 1)));
  }
}
