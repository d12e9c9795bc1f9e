package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * IBANs, compact or in groups ("GB82 WEST 1234 5698 7654 32"), in any case: a known country code,
 * two check digits, then exactly the country's number of letters and digits (single spaces
 * allowed), accepted when the mod-97 check of {@link Iban} passes, or right after an IBAN cue
 * ({@link CueOverValidator}). Canonical form: upper case without spaces.
 */
public final class IbanRecognizer implements Recognizer {
  private static final Cue CUE =
      Cue.of("iban", "iban number", "international bank account number", "bank account number");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    int length = text.length();
    int i = 0;
    while (i + 4 <= length) {
      if (isStart(text, i)) {
        String country = text.substring(i, i + 2).toUpperCase(Locale.ROOT);
        OptionalInt expected = Iban.lengthFor(country);
        if (expected.isPresent()) {
          int end = scan(text, i, expected.getAsInt(), out);
          if (end > i) {
            i = end;
            continue;
          }
        }
      }
      i++;
    }
    return out;
  }

  private static boolean isStart(String text, int i) {
    return isLetter(text.charAt(i))
        && isLetter(text.charAt(i + 1))
        && isDigit(text.charAt(i + 2))
        && isDigit(text.charAt(i + 3))
        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }

  /** Adds the IBAN starting at {@code start} if valid; returns its end, or {@code start}. */
  private static int scan(String text, int start, int expected, List<Detection> out) {
    StringBuilder compact = new StringBuilder(expected);
    int i = start;
    int end = start;
    int length = text.length();
    while (i < length && compact.length() < expected) {
      char c = text.charAt(i);
      if (isLetter(c) || isDigit(c)) {
        compact.append(Character.toUpperCase(c));
        i++;
        end = i;
      } else if (c == ' ' && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (compact.length() != expected
        || (end < length && Character.isLetterOrDigit(text.charAt(end)))) {
      return start;
    }
    String value = compact.toString();
    double confidence =
        CueOverValidator.confidence(
            Iban.isValid(value), () -> CUE.precedes(text, start, CueOverValidator.WORDS), 0.97);
    if (confidence == CueOverValidator.NOT_REPORTED) {
      return start;
    }
    out.add(new Detection(EntityKind.IBAN, start, end, confidence, Pass.REGEX, value));
    return end;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
