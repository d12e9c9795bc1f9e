package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A town given as the answer to a place question in a dialogue or a questionnaire ("Where do you
 * live? Abrantes.", "Which city were you born in?\nSušice"): one to three capitalised words right
 * after the question mark that end at a stop, a comma or the line. The words must be no ordinary
 * word, function word, person's name or country ("Where do you live? Not sure.", "… ? Portugal.").
 *
 * <p>One bounded match a question: linear.
 */
final class PlaceAnswer {

  private static final Pattern ANSWER =
      Pattern.compile(
          "(?:where do you live|where are you from|where do you come from|where were you born"
              + "|where are you based|where do you stay|which (?:city|town|village)[^?\\n]{0,30}"
              + "|what (?:city|town|village)[^?\\n]{0,30}|(?:city|town|place) of (?:birth|residence))"
              + "\\?[ \\t\\n]+(?:(?:I live in|I'm from|I am from|In|From) )?"
              + "(\\p{Lu}[\\p{L}'’-]{1,30}(?: \\p{Lu}[\\p{L}'’-]{1,30}){0,2})(?=[.,;!]|[ \\t]*\\n|[ \\t]*$)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final double CONFIDENCE = 0.85;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> COUNTRIES = Lexicon.read("country-names.txt");

  private PlaceAnswer() {}

  /** Adds the town answering each place question of {@code raw} that no detection covers. */
  static void find(String raw, Lexicon lexicon, List<Detection> found) {
    if (raw.indexOf('?') < 0) {
      return;
    }
    Matcher m = ANSWER.matcher(raw);
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(1);
      if (!Character.isUpperCase(raw.charAt(start)) || raised(found, start, end)) {
        continue;
      }
      String folded =
          MARKS
              .matcher(Normalizer.normalize(raw.substring(start, end), Normalizer.Form.NFD))
              .replaceAll("")
              .toLowerCase(Locale.ROOT);
      if (COUNTRIES.contains(folded) || !placeWords(folded, lexicon)) {
        continue;
      }
      found.add(new Detection(EntityKind.LOCATION, start, end, CONFIDENCE, Pass.LEXICON, folded));
    }
  }

  private static boolean placeWords(String folded, Lexicon lexicon) {
    for (String word : folded.split(" ")) {
      if (lexicon.isCommonWord(word) || lexicon.isFunctionWord(word) || lexicon.isName(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a detection covers the answer already; a listed city found there without a cue gets the
   * answer's confidence ("Where do you live? Enugu.").
   */
  private static boolean raised(List<Detection> found, int start, int end) {
    for (int f = 0; f < found.size(); f++) {
      Detection d = found.get(f);
      if (d.start() < end && d.end() > start) {
        if (d.kind() == EntityKind.LOCATION && d.confidence() < CONFIDENCE) {
          found.set(
              f, new Detection(d.kind(), d.start(), d.end(), CONFIDENCE, d.pass(), d.canonical()));
        }
        return true;
      }
    }
    return false;
  }
}
