package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * US Social Security numbers: "219-09-9999", "219 09 9999" and, only after an SSN cue ("social",
 * "SSN", "social security"), "219099999". Numbers in ranges never issued (area 000, 666, 900–999;
 * group 00; serial 0000) are rejected. Canonical form: the nine digits.
 */
public final class SsnRecognizer implements Recognizer {
  private static final Pattern SSN =
      Pattern.compile(
          "(?<![\\w$.,-])(\\d{3})(-|[ \\t]|[ \\t]?-[ \\t]?|\\.[ \\t]?|,[ \\t]|/|)(\\d{2})\\2(\\d{4})"
              + "(?![\\w]|[.,-]\\d)");
  private static final Cue CUE =
      Cue.of("social", "ssn", "ss#", "ss #", "social security", "soc sec", "ss number");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    // three digits and a separator, or nine digits in a row
    Anchored m =
        Anchored.atDigitWordStarts(
            SSN, text, (t, i) -> Anchored.digitRunAt(t, i, 9, 9) || threeThenTwo(t, i));
    while (m.find()) {
      int area = Integer.parseInt(m.group(1));
      int group = Integer.parseInt(m.group(3));
      int serial = Integer.parseInt(m.group(4));
      boolean cued = CUE.precedes(text, m.start(), 6);
      String separator = m.group(2).strip();
      if (separator.isEmpty() && continuesWithDigits(text, m.end())) {
        // Groups split only by spaces that run on into more digits: a longer number.
        continue;
      }
      double confidence;
      if (separator.equals("-")) {
        confidence = cued ? 0.97 : 0.9;
      } else if (cued) {
        confidence = 0.9;
      } else {
        continue; // nine digits or spaced groups alone are too often something else
      }
      // a number outside the issued ranges ("912-…", "666-…", "…-00-…") only right after a cue
      confidence =
          CueOverValidator.confidence(
              SocialSecurityNumber.isValid(area, group, serial),
              () -> cued && CUE.precedes(text, m.start(), CueOverValidator.WORDS),
              confidence);
      if (confidence == CueOverValidator.NOT_REPORTED) {
        continue;
      }
      String canonical = m.group(1) + m.group(3) + m.group(4);
      out.add(new Detection(EntityKind.SSN, m.start(), m.end(), confidence, Pass.REGEX, canonical));
    }
    return out;
  }

  /** Three digits, a separator of at most three chars, then two digits. */
  private static boolean threeThenTwo(String text, int i) {
    if (!Anchored.digitRunAt(text, i, 3, 3)) {
      return false;
    }
    int j = i + 3;
    for (int k = 0; k < 3 && Anchored.oneOfAt(text, j, " \t-.,/"); k++) {
      j++;
    }
    return j > i + 3 && Anchored.digitsAt(text, j, 3) == 2;
  }

  private static boolean continuesWithDigits(String text, int end) {
    return end + 1 < text.length()
        && (text.charAt(end) == ' ' || text.charAt(end) == '\t')
        && Anchored.isAsciiDigit(text.charAt(end + 1));
  }
}
