package dev.masker.domain.masking.lexicon;

/**
 * The units a caller spells a word with, each giving one or more letters: a letter alone ("p"), a
 * letter named by a word that starts with it ("l as in lima", "k like kilo", "b for bravo"), and a
 * letter said twice or three times ("double s", "two t's", "triple e"). A unit never crosses the
 * end of a sentence. Phonetic-alphabet words said on their own ("lima oscar") are not read: they
 * are ordinary words and names as often as letters.
 */
final class SpellingUnits {
  private SpellingUnits() {}

  /** The token after the unit starting at {@code i}, or {@code i} when no unit starts there. */
  static int unitEnd(TokenizedText text, int i) {
    String word = text.word(i);
    if (isLetter(word)) {
      return namedLetterEnd(text, i);
    }
    if (repeats(word) > 1
        && i + 1 < text.size()
        && text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
        && repeatedLetter(text.word(i + 1)) != 0) {
      return i + 2;
    }
    return i;
  }

  /** Whether the unit from {@code i} to {@code end} names its letter ("l as in lima"). */
  static boolean named(TokenizedText text, int i, int end) {
    return end - i >= 3;
  }

  /** Appends the letters of the unit from {@code i} to {@code end}. */
  static void appendLetters(TokenizedText text, int i, int end, StringBuilder letters) {
    if (end - i == 2 && !isLetter(text.word(i))) {
      char letter = repeatedLetter(text.word(i + 1));
      for (int n = repeats(text.word(i)); n > 0; n--) {
        letters.append(letter);
      }
    } else {
      letters.append(text.word(i).charAt(0));
    }
  }

  /** The number of letters in the unit from {@code i} to {@code end}. */
  static int letterCount(TokenizedText text, int i, int end) {
    return end - i == 2 && !isLetter(text.word(i)) ? repeats(text.word(i)) : 1;
  }

  /**
   * "l as in lima", "k like kilo", "b for bravo": a letter, a connector and a word that starts with
   * the letter; not "i like ice" (the pronoun). Returns the token after the unit, or {@code i + 1}.
   */
  private static int namedLetterEnd(TokenizedText text, int i) {
    String letter = text.word(i);
    int word;
    if (spaced(text, i, 3) && text.word(i + 1).equals("as") && text.word(i + 2).equals("in")) {
      word = i + 3;
    } else if (spaced(text, i, 2)
        && (text.word(i + 1).equals("for")
            || text.word(i + 1).equals("like") && !letter.equals("i"))) {
      word = i + 2;
    } else {
      return i + 1;
    }
    String named = text.word(word);
    return named.length() > 1
            && named.charAt(0) == letter.charAt(0)
            && Character.isLetter(named.charAt(1))
        ? word + 1
        : i + 1;
  }

  /** The {@code count} tokens after {@code i} exist and follow it with nothing but spaces. */
  private static boolean spaced(TokenizedText text, int i, int count) {
    if (i + count >= text.size()) {
      return false;
    }
    for (int t = i + 1; t <= i + count; t++) {
      if (text.gapBefore(t) != TokenizedText.GAP_SPACE) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(String word) {
    return word.length() == 1 && Character.isLetter(word.charAt(0));
  }

  private static int repeats(String word) {
    return switch (word) {
      case "double", "two" -> 2;
      case "triple", "three" -> 3;
      default -> 0;
    };
  }

  /** The letter of "s" or "t's" after "double" or "two", or 0. */
  private static char repeatedLetter(String word) {
    if (isLetter(word)) {
      return word.charAt(0);
    }
    if (word.length() == 3
        && Character.isLetter(word.charAt(0))
        && word.charAt(1) == '\''
        && word.charAt(2) == 's') {
      return word.charAt(0);
    }
    return 0;
  }
}
