package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import dev.masker.domain.masking.UsStates;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * US ZIP codes and ZIP+4 ("94107", "94107-1234"), only in context: after a cue ("zip", "zip code",
 * "postal code") or right after a US state ("Springfield, IL 62704", "texas 75001"). State
 * abbreviations count only in capitals ("IN", "OR" and "ME" are also words); state names count in
 * any case. Canonical form: the five or nine digits. A five-digit number alone is not reported.
 */
public final class ZipRecognizer implements Recognizer {
  private static final Pattern ZIP =
      Pattern.compile("(?<![\\w$.,-])(\\d{5})(?:-(\\d{4}))?(?![\\w]|[.,-]\\d)");
  private static final Cue CUE = Cue.of("zip", "zip code", "zipcode", "postal code", "postcode");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    Anchored m = Anchored.atDigitWordStarts(ZIP, text, (t, i) -> Anchored.digitRunAt(t, i, 5, 5));
    while (m.find()) {
      double confidence;
      if (CUE.precedes(text, m.start(), 4)) {
        confidence = 0.9;
      } else if (afterState(text, m.start())) {
        confidence = 0.85;
      } else {
        continue;
      }
      String canonical = m.group(2) == null ? m.group(1) : m.group(1) + m.group(2);
      out.add(new Detection(EntityKind.ZIP, m.start(), m.end(), confidence, Pass.REGEX, canonical));
    }
    return out;
  }

  private static boolean afterState(String text, int position) {
    int i = position;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ',')) {
      i--;
    }
    if (i == position) {
      return false;
    }
    int end = i;
    while (i > 0 && i > end - 14 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return false;
    }
    String word = text.substring(i, end);
    if (word.length() == 2) {
      return UsStates.ABBREVIATIONS.contains(word);
    }
    return UsStates.endsAName(word);
  }
}
