package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.Locale;

/**
 * The words a caller spells a letter with: "a p as in paul", "m as in mary". The name said is the
 * word spelled, not the word it is spelled with; such a word is a given name of the lists said
 * alone, so a surname or a full name after "as in" ("w as in whitcombe") stays a name.
 */
public final class SpellingWords {
  private SpellingWords() {}

  /** Whether {@code detection} is a given name said right after "<letter> as in". */
  public static boolean spellsALetter(String text, Detection detection) {
    int i = detection.start();
    if (detection.kind() != EntityKind.NAME || i < 7 || !text.startsWith(" as in ", i - 7)) {
      return false;
    }
    int letter = i - 8;
    String word = text.substring(i, detection.end()).toLowerCase(Locale.ROOT);
    return letter >= 0
        && Character.isLetter(text.charAt(letter))
        && (letter == 0 || !Character.isLetterOrDigit(text.charAt(letter - 1)))
        && word.chars().allMatch(Character::isLetter)
        && Lexicon.standard().isFirstName(word);
  }
}
