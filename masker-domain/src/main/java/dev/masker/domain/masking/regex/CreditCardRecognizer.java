package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13 to 19 digits, spaces or dashes between them allowed ("4111 1111 1111
 * 1111", "3782-822463-10005"), that pass the {@link Luhn} check. A known issuer prefix (Visa,
 * Mastercard, American Express, Discover, JCB, Diners) with its usual length raises the confidence;
 * an unknown prefix with a card cue keeps it usable. A number failing Luhn is reported only right
 * after a card cue ({@link CueOverValidator}). Canonical form: the digits.
 */
public final class CreditCardRecognizer implements Recognizer {
  private static final Pattern CARD =
      Pattern.compile("(?<![\\w.,-])\\d(?:[ \\t-]?\\d){12,18}(?![\\w]|[.,-]\\d|[ \\t-]\\d)");
  private static final Cue CUE =
      Cue.of("card", "credit card", "debit card", "visa", "mastercard", "amex", "discover", "cc");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    Anchored m = Anchored.atDigitWordStarts(CARD, text, CreditCardRecognizer::mayStart);
    while (m.find()) {
      StringBuilder digits = new StringBuilder(19);
      for (int i = m.start(); i < m.end(); i++) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
          digits.append(c);
        }
      }
      double confidence;
      if (isKnownIssuer(digits)) {
        confidence = 0.95;
      } else if (CUE.precedes(text, m.start(), 5)) {
        confidence = 0.85;
      } else {
        confidence = 0.65;
      }
      // a number failing Luhn ("card number 4111 1111 1111 1112") only right after a card cue
      confidence =
          CueOverValidator.confidence(
              Luhn.isValid(digits) && !isOneDigitRepeated(digits),
              () -> CUE.precedes(text, m.start(), CueOverValidator.WORDS),
              confidence);
      if (confidence == CueOverValidator.NOT_REPORTED) {
        continue;
      }
      out.add(
          new Detection(
              EntityKind.CREDIT_CARD,
              m.start(),
              m.end(),
              confidence,
              Pass.REGEX,
              digits.toString()));
    }
    return out;
  }

  /**
   * A digit at a word start beginning a run of 13 to 19 digits joined by single spaces or dashes:
   * the pattern matches only a whole run (any shorter match is followed by more of it).
   */
  private static boolean mayStart(String text, int i) {
    if (!Anchored.DIGIT_AT_WORD_START.at(text, i)) {
      return false;
    }
    int length = text.length();
    int digits = 0;
    int j = i;
    while (j < length && digits <= 19) {
      char c = text.charAt(j);
      if (Anchored.isAsciiDigit(c)) {
        digits++;
        j++;
      } else if ((c == ' ' || c == '\t' || c == '-')
          && j + 1 < length
          && Anchored.isAsciiDigit(text.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return digits >= 13 && digits <= 19;
  }

  private static boolean isOneDigitRepeated(CharSequence digits) {
    for (int i = 1; i < digits.length(); i++) {
      if (digits.charAt(i) != digits.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  /** Issuer prefixes and lengths of the major networks (public IIN ranges). */
  static boolean isKnownIssuer(CharSequence digits) {
    int length = digits.length();
    int two = Integer.parseInt(digits.subSequence(0, 2).toString());
    int three = Integer.parseInt(digits.subSequence(0, 3).toString());
    int four = Integer.parseInt(digits.subSequence(0, 4).toString());
    if (digits.charAt(0) == '4') {
      return length == 13 || length == 16 || length == 19;
    }
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
      return length == 16;
    }
    if (two == 34 || two == 37) {
      return length == 15;
    }
    if (four == 6011 || two == 65 || (three >= 644 && three <= 649)) {
      return length >= 16;
    }
    if (four >= 3528 && four <= 3589) {
      return length >= 16;
    }
    if (two == 36 || two == 38 || (three >= 300 && three <= 305)) {
      return length >= 14;
    }
    return false;
  }
}
