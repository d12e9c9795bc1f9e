package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;

/**
 * A name written again in its own script in parentheses right after it: "Yuki Tanaka (田中 由紀)",
 * "Dimitrios Papadopoulos (Δημήτριος Παπαδόπουλος)", "Olena Shevchenko (Олена Шевченко)". The
 * parenthesised letters, with at least one outside the Latin script, are the same person's name.
 */
final class NameInOwnScript {
  /** The longest name in parentheses read, in chars. */
  private static final int MAX_LENGTH = 48;

  private NameInOwnScript() {}

  /** Adds the name in parentheses right after {@code name}, if there is one. */
  static void report(String text, Detection name, List<Detection> found) {
    int at = name.end();
    int length = text.length();
    while (at < length && text.charAt(at) == ' ') {
      at++;
    }
    if (at >= length || text.charAt(at) != '(' && text.charAt(at) != '\uFF08') {
      return;
    }
    int start = at + 1;
    boolean otherScript = false;
    int end = start;
    while (end < length && end - start <= MAX_LENGTH) {
      int cp = text.codePointAt(end);
      if (cp == ')' || cp == '\uFF09') {
        break;
      }
      if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        otherScript |= Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN;
      } else if (cp != ' ' && cp != '\u3000' && cp != '\u30FB' && cp != '\u00B7' && cp != '-') {
        return; // "(son)", "(田中, 2019)": not a name alone
      }
      end += Character.charCount(cp);
    }
    if (end >= length || end == start || !otherScript || end - start > MAX_LENGTH) {
      return;
    }
    found.add(
        new Detection(
            EntityKind.NAME,
            start,
            end,
            name.confidence(),
            Pass.LEXICON,
            text.substring(start, end).strip().toLowerCase(java.util.Locale.ROOT)));
  }
}
