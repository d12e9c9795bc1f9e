package dev.masker.domain.masking.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * How much one word of a detected name says on its own, when it recurs without the rest: the
 * surname of "Maria Lopez" names her wherever it is said again; "Will" of "Will Smith" is mostly
 * the verb; "Dr" and "van" name nobody.
 */
public enum NamePart {
  /** Identifies the person wherever it recurs, in any case. */
  IDENTIFYING,
  /** Also an ordinary word ("will", "may", "grant", "rose"): identifying only when capitalised. */
  ORDINARY_WORD,
  /** A title, particle or function word: never masked alone. */
  NONE;

  /**
   * Particles of multi-word surnames ("van der Linde", "de la Cruz"): part of a name, never one.
   */
  private static final Set<String> PARTICLES = Lexicon.read("surname-particles.txt");

  /** The part a word of a detected name is. */
  public static NamePart of(String word) {
    var lower = word.toLowerCase(Locale.ROOT);
    var lexicon = Lexicon.standard();
    if (lower.length() < 2
        || PARTICLES.contains(lower)
        || lexicon.isHonorific(lower)
        || lexicon.isFunctionWord(lower)) {
      return NONE;
    }
    if (lexicon.isAmbiguousName(lower) || lexicon.isCommonWord(lower)) {
      return ORDINARY_WORD;
    }
    return IDENTIFYING;
  }

  /**
   * Whether a lower-case word is an ordinary word of English (the dictionary, the common words, the
   * function words): a word one letter off a known name that is one ("margin" for "Martin") is that
   * word, not the name misheard.
   */
  public static boolean isOrdinaryWord(String word) {
    var lexicon = Lexicon.standard();
    return lexicon.isCommonWord(word)
        || lexicon.isFunctionWord(word)
        || DictionaryWords.standard().contains(word);
  }
}
