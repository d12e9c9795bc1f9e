package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An age said in words or digits right after a name, as a caller introduces someone: "right so
 * ramon hornung, ninety two, she's in hospice now", "jesus pacocha one hundred and four she's in
 * hospice", "joselyn is 100 and lives alone". Ninety to 125 only (Safe Harbor masks ages over 89),
 * and only where the number ends the phrase: a mark, the end, or a word that starts the next
 * clause.
 */
public final class AgesAfterNames {
  private static final int OLDEST = 125;
  private static final int YOUNGEST = 90;

  private static final Set<String> STARTS = Set.of("ninety", "hundred", "a", "one");

  private static final Set<String> NEXT_CLAUSE =
      Set.of("she's", "he's", "she", "he", "and", "years", "year", "now", "they", "who", "lives");

  private AgesAfterNames() {}

  /** The ages after the names among {@code resolved}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    for (Detection name : resolved) {
      if (name.kind() != EntityKind.NAME) {
        continue;
      }
      int from = name.end();
      while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == ',')) {
        from++;
      }
      boolean is = text.startsWith("is ", from);
      if (is) {
        from += 3; // "joselyn is 100 and lives alone"
      }
      if (!startsAge(text, from, is)) {
        continue;
      }
      var tokens = SpokenTokens.read(text.substring(from, Math.min(text.length(), from + 60)));
      int k = !tokens.isEmpty() && tokens.get(0).is("a") ? 1 : 0;
      long age =
          k == 1
              ? hundredSaidWithA(tokens)
              : tokens.get(0).isNumber()
                  ? NumberWords.pack(Integer.parseInt(tokens.get(0).text()), 1)
                  : NumberWords.cardinal(tokens, 0);
      if (age < 0) {
        continue;
      }
      int value = NumberWords.value(age);
      int next = NumberWords.next(age);
      if (value == 100
          && next < tokens.size()
          && NumberWords.unit(tokens.get(next)) > 0
          && endsPhrase(tokens, next + 1)) {
        value += NumberWords.unit(tokens.get(next)); // "ditti is one hundred four, lives alone"
        next++;
      }
      if (value < YOUNGEST || value > OLDEST || !endsPhrase(tokens, next)) {
        continue;
      }
      int end = from + tokens.get(next - 1).end();
      out.add(new Detection(EntityKind.AGE, from, end, 0.8, Pass.REGEX, Integer.toString(value)));
    }
    return out;
  }

  /** Digits only after "is": "Avenue Louise 99" is a street number. */
  private static boolean startsAge(String text, int from, boolean afterIs) {
    int digits = from;
    while (digits < text.length() && digits - from < 4 && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    if (digits - from == 2 || digits - from == 3) {
      return afterIs
          && (digits == text.length() || !Character.isLetterOrDigit(text.charAt(digits)));
    }
    int end = from;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end > from && STARTS.contains(text.substring(from, end));
  }

  /** "a hundred three", "a hundred and four": "a" standing for "one". */
  private static long hundredSaidWithA(List<SpokenToken> tokens) {
    if (tokens.size() < 2 || !tokens.get(1).is("hundred")) {
      return -1;
    }
    int k = 2;
    if (k < tokens.size() && tokens.get(k).is("and")) {
      k++;
    }
    long rest = NumberWords.belowHundred(tokens, k);
    return rest < 0
        ? NumberWords.pack(100, 2)
        : NumberWords.pack(100 + NumberWords.value(rest), NumberWords.next(rest));
  }

  private static boolean endsPhrase(List<SpokenToken> tokens, int next) {
    if (next >= tokens.size()) {
      return true;
    }
    var t = tokens.get(next);
    return t.is(",") || t.is(".") || NEXT_CLAUSE.contains(t.text());
  }
}
