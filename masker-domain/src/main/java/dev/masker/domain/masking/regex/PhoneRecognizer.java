package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Written telephone and fax numbers: North American numbers in their usual shapes ("(415)
 * 555-2671", "415.555.2671", "+1 415 555 2671", "1-800-555-0199"), also broken by the punctuation
 * speech-to-text inserts ("415. 555. 2671", "415, 555, 2671"), international numbers starting with
 * "+" and a country code ("+44 20 7946 0958"), each with an optional extension ("x123", "ext. 45").
 * A number after a fax cue ("fax", "facsimile") is a FAX.
 *
 * <p>Canonical form: the digits; a leading NANP country code 1 is dropped so that "+1 415 555 2671"
 * and "(415) 555-2671" are one value ({@code 4155552671}); other country codes are kept ("+44 20
 * 7946 0958" gives {@code 442079460958}); an extension is appended after an {@code x}.
 *
 * <p>A seven-digit local number ("555-0121") is found only with a word for a line near it ("text me
 * at 555-0177", "555-0121 is my home line"). A number whose area code or exchange no NANP number
 * has ("123-456-7890", area N11, exchange 0xx or 1xx) is reported only right after a phone or fax
 * cue ({@link CueOverValidator}). A fax cue ("fax", "F:") counts only if no phone cue comes after
 * it, so "F: … T: …" keeps the phone a PHONE.
 *
 * <p>A national number with a trunk 0 ("my mobile is 07700 900123") is found after a word for a
 * line; its canonical form is its digits, as no country code is known.
 *
 * <p>Not covered: seven-digit numbers without a dash or a line word, numbers spoken as words (the
 * spoken pass), and other international numbers written without "+".
 */
public final class PhoneRecognizer implements Recognizer {
  /**
   * Between digit groups: a space, a dash, a dot or a comma, or the dots of a pause a transcript
   * writes ("415... 555... 2671", "415…555…2671").
   */
  private static final String SEP = "(?:[ \\t]?(?:[-.,]|\\.{2,3}|\u2026)[ \\t]?|[ \\t])?";

  private static final String EXTENSION =
      "(?:[ \\t]?,?[ \\t]?(?:x|ext\\.?|extension)[ \\t]?#?[ \\t]?(\\d{1,6})(?!\\d))?";

  private static final Pattern NANP =
      Pattern.compile(
          // a comma before the number is a record's cell ("1957-03-14,307-555-0172") when the
          // number is written with its dashes, not a digit grouping of an amount
          "(?:(?<![\\w$€£+.,-])|(?<=,)(?=\\(?\\d{3}\\)?[ -]?\\d{3}-\\d{4}(?!\\d)))"
              + "(?:(\\+?1)(?:[ \\t]?[-.][ \\t]?|[ \\t])?)?"
              + "(?:\\((\\d{3})\\)[ \\t]?|(\\d{3})("
              + SEP
              + "))"
              + "(\\d{3})("
              + SEP
              + ")(\\d{4})(?![\\w]|[.,-]\\d)"
              + EXTENSION,
          Pattern.CASE_INSENSITIVE);

  private static final Pattern INTERNATIONAL =
      Pattern.compile(
          "(?<![\\w+])\\+([2-9]\\d{0,2})(\\d{0,4}(?:[ \\t.-]\\(?\\d{1,10}\\)?|\\(\\d{1,5}\\)){1,6})(?![\\w]|[.-]\\d)"
              + EXTENSION,
          Pattern.CASE_INSENSITIVE);

  /** Five pairs of digits after a trunk 0, one separator between them ("06 12 34 56 78"). */
  private static final Pattern NATIONAL_PAIRS =
      Pattern.compile("(?<![\\w$€£+.,/-])0[1-9]([ .-])\\d\\d(?:\\1\\d\\d){3}(?![\\w]|[.,/-]\\d)");

  private static final Pattern LOCAL =
      Pattern.compile("(?<![\\w$€£+.,/-])(\\d{3})-(\\d{4})(?![\\w]|[.,/-]\\d)");

  private static final Pattern NATIONAL =
      Pattern.compile(
          "(?<![\\w$€£+.,/-])(0[1-9]\\d{1,3})[ \\t-](\\d{3,6})(?:[ \\t-](\\d{3,4}))?(?![\\w]|[.,/-]\\d)");

  /** How many words may stand between a national cue and its number ("Tel. (office) 06 …"). */
  private static final int NATIONAL_CUE_WORDS = 3;

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(2);
    findNanp(text, out);
    findInternational(text, out);
    findNational(text, out);
    findLocal(text, out);
    findCuedNational(text, out);
    return out;
  }

  /**
   * After a line cue or label, any grouping of 6 to 15 digits with spaces, dots, dashes, slashes,
   * parentheses, a trunk "(0)" or a "+CC" prefix ("Tel. 06 1820 3690", "(11) 98258-8719", "+44
   * (0)20 7946 0125", "0221/040557"). The cue names the value, so no national plan is checked
   * ({@link CueOverValidator}); shapes of a date are left alone. A longer span replaces shorter
   * numbers found inside it.
   */
  private void findCuedNational(String text, List<Detection> out) {
    Cue.Matches cues = PhoneCues.NATIONAL_CUE.matches(text);
    while (cues.find()) {
      int start = numberAfterCue(text, cues.end());
      if (start < 0) {
        continue;
      }
      NationalNumber number = NationalNumber.at(text, start);
      if (number == null) {
        continue;
      }
      cues.skipTo(number.end());
      if (coveredWhole(out, start, number.end())) {
        continue;
      }
      out.removeIf(d -> d.start() >= start && d.end() <= number.end());
      emit(text, start, number.end(), CueOverValidator.CONFIDENCE, true, number.digits(), out);
    }
  }

  /** Where a number starts at most a few words after a cue ending at {@code from}, or -1. */
  private static int numberAfterCue(String text, int from) {
    int i = from;
    int words = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (Anchored.isAsciiDigit(c) || c == '+' || c == '(') {
        return i;
      }
      if (c == ' ' || c == ':' || c == '.' || c == '#' || c == '=' || c == '-' || c == '\t') {
        i++;
        continue;
      }
      if (!Character.isLetter(c) || ++words > NATIONAL_CUE_WORDS) {
        return -1;
      }
      while (i < length && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
        i++;
      }
    }
    return -1;
  }

  private static boolean coveredWhole(List<Detection> found, int start, int end) {
    for (Detection d : found) {
      if (d.start() <= start && end <= d.end()) {
        return true;
      }
    }
    return false;
  }

  private void findNanp(String text, List<Detection> out) {
    Anchored m =
        new Anchored(
            NANP,
            text,
            (t, i) ->
                t.charAt(i) == '(' || t.charAt(i) == '+'
                    ? i == 0 || !Anchored.isWordChar(t.charAt(i - 1))
                    : mayStartNanpDigits(t, i));
    while (m.find()) {
      String area = m.group(2) != null ? m.group(2) : m.group(3);
      String exchange = m.group(5);
      String sep1 = m.group(4) == null ? "" : m.group(4);
      String sep2 = m.group(6);
      // an area or exchange no NANP number has ("123-456-7890") only right after a phone cue,
      // at the cue's confidence: a cue does not make it surer twice
      int start = m.start();
      boolean valid = isNanpArea(area) && exchange.charAt(0) >= '2';
      if (m.group(8) == null
          && sep2.isBlank()
          && continuesWithDigits(text, m.end())
          && !(valid && lineCueRightBefore(text, start))) {
        // "415 555 2671 88": groups split only by spaces run on; this is a longer number. Right
        // after a phone cue a valid number is the phone (ADR 34): the group after it is the next
        // line's number ("my number is 509 555 0147\n\n2", a subtitle's cue number, a list's).
        continue;
      }
      double confidence =
          CueOverValidator.confidence(
              valid,
              () -> lineCueRightBefore(text, start),
              nanpConfidence(m.group(2) != null, m.group(1) != null, sep1, sep2));
      if (confidence == CueOverValidator.NOT_REPORTED) {
        continue;
      }
      StringBuilder canonical =
          new StringBuilder(16).append(area).append(exchange).append(m.group(7));
      String extension = m.group(8);
      if (extension != null) {
        canonical.append('x').append(extension);
      }
      emit(text, m.start(), m.end(), confidence, valid, canonical.toString(), out);
    }
  }

  /**
   * A number with a trunk 0 and no country code ("07700 900123", "020 7946 0958"), 10 or 11 digits:
   * after a word for a phone line, or without one in the groupings national plans print and other
   * numbers seldom have: three groups with one separator ("090-1234-5678", "0491 570 156"), five
   * and six digits ("07700 900969"), or five pairs ("06 12 34 56 78").
   */
  private void findNational(String text, List<Detection> out) {
    Anchored m =
        Anchored.atDigitWordStarts(
            NATIONAL, text, (t, i) -> t.charAt(i) == '0' && Anchored.DIGIT_AT_WORD_START.at(t, i));
    while (m.find()) {
      String digits = m.group(1) + m.group(2) + (m.group(3) == null ? "" : m.group(3));
      if (digits.length() != 10 && digits.length() != 11 || covered(out, m.start())) {
        continue;
      }
      if (PhoneCues.LINE.precedes(text, m.start(), 4)) {
        emit(text, m.start(), m.end(), 0.8, true, digits, out);
      } else if (isTrunkGrouping(text, m)) {
        emit(text, m.start(), m.end(), 0.7, true, digits, out);
      }
    }
    Anchored pairs =
        Anchored.atDigitWordStarts(
            NATIONAL_PAIRS,
            text,
            (t, i) -> t.charAt(i) == '0' && Anchored.DIGIT_AT_WORD_START.at(t, i));
    while (pairs.find()) {
      if (!covered(out, pairs.start())) {
        emit(
            text,
            pairs.start(),
            pairs.end(),
            0.7,
            true,
            pairs.group().replaceAll("[^0-9]", ""),
            out);
      }
    }
  }

  private static boolean isTrunkGrouping(String text, Anchored m) {
    if (m.group(3) == null) {
      return m.group(1).length() == 5 && m.group(2).length() == 6;
    }
    return text.charAt(m.end(1)) == text.charAt(m.end(2));
  }

  /** Seven digits with a dash, with a word for a phone line just before or after. */
  private void findLocal(String text, List<Detection> out) {
    Anchored m =
        Anchored.atDigitWordStarts(
            LOCAL,
            text,
            (t, i) -> Anchored.oneOfAt(t, i + 3, "-") && Anchored.digitRunAt(t, i, 3, 3));
    while (m.find()) {
      if (isInsideLongerNumber(text, m.start()) || covered(out, m.start())) {
        continue;
      }
      boolean lineCue =
          PhoneCues.LINE.precedes(text, m.start(), 4) || PhoneCues.LINE.follows(text, m.end(), 4);
      // an exchange starting with 0 or 1 ("call me at 155-0123") only right after a phone cue
      int start = m.start();
      boolean valid = m.group(1).charAt(0) >= '2';
      double confidence =
          CueOverValidator.confidence(valid, () -> lineCueRightBefore(text, start), 0.75);
      if (lineCue && confidence != CueOverValidator.NOT_REPORTED) {
        emit(text, m.start(), m.end(), confidence, valid, m.group(1) + m.group(2), out);
      }
    }
  }

  /**
   * A digit at a word start whose run of digits can begin a NANP number: a country code 1 (1),
   * maybe run into the area code (4), the exchange (7) or the line (11), or the area code (3), with
   * the exchange (6) or the line (10).
   */
  private static boolean mayStartNanpDigits(String text, int i) {
    if (!Anchored.DIGIT_AT_WORD_START.at(text, i)) {
      return false;
    }
    switch (Anchored.digitsAt(text, i, 12)) {
      case 1:
      case 3:
      case 4:
      case 6:
      case 7:
      case 10:
      case 11:
        return true;
      default:
        return false;
    }
  }

  /** Whether a phone or fax cue ends at most a few words before {@code start}. */
  private static boolean lineCueRightBefore(String text, int start) {
    return PhoneCues.PHONE.precedes(text, start, CueOverValidator.WORDS)
        || PhoneCues.FAX.precedes(text, start, CueOverValidator.WORDS);
  }

  /** "(415) 555-0123", "415 555-0123": the seven digits end a longer number. */
  private static boolean isInsideLongerNumber(String text, int start) {
    int i = start - 1;
    if (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && (Anchored.isAsciiDigit(text.charAt(i)) || text.charAt(i) == ')');
  }

  private static boolean covered(List<Detection> found, int position) {
    for (Detection d : found) {
      if (d.start() <= position && position < d.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuesWithDigits(String text, int end) {
    return end + 1 < text.length()
        && (text.charAt(end) == ' ' || text.charAt(end) == '\t')
        && Anchored.isAsciiDigit(text.charAt(end + 1));
  }

  /**
   * Reports a number as a PHONE, or a FAX after a fax cue; a phone cue makes a {@code valid} one
   * surer.
   */
  private void emit(
      String text,
      int start,
      int end,
      double confidence,
      boolean valid,
      String canonical,
      List<Detection> out) {
    double c = confidence;
    if (valid && c < 0.85 && PhoneCues.PHONE.precedes(text, start, 5)) {
      c = Math.min(0.88, c + 0.25);
    }
    if (c < 0.6) {
      return;
    }
    int fax = PhoneCues.FAX.lastEndBefore(text, start, 5);
    if (fax >= 0 && fax >= PhoneCues.PHONE.lastEndBefore(text, start, 5)) {
      out.add(
          new Detection(
              EntityKind.FAX,
              start,
              end,
              valid ? Math.min(0.95, c + 0.03) : c,
              Pass.REGEX,
              canonical));
    } else {
      out.add(new Detection(EntityKind.PHONE, start, end, c, Pass.REGEX, canonical));
    }
  }

  private static double nanpConfidence(
      boolean parenthesised, boolean countryCode, String sep1, String sep2) {
    String a = sep1.strip();
    String b = sep2.strip();
    if (parenthesised) {
      return (b.equals("-") || b.equals(".") || b.isEmpty()) ? 0.93 : 0.7;
    }
    if (!a.equals(b) && !(a.isEmpty() && b.isEmpty())) {
      return 0.6;
    }
    if (a.equals("-") || a.equals(".") && sep1.length() == 1) {
      return 0.92;
    }
    if (a.isEmpty() && sep1.isEmpty()) {
      return countryCode ? 0.75 : 0.6; // ten bare digits: a phone unless a check fails
    }
    if (a.isEmpty()) {
      return countryCode ? 0.88 : 0.8; // spaces
    }
    if (a.equals(".") || a.equals("...") || a.equals("\u2026")) {
      // "415. 555. 2671", "415... 555... 2671": speech-to-text punctuation, a pause
      return countryCode ? 0.75 : 0.62;
    }
    return countryCode ? 0.75 : 0.55; // "415, 555, 2671": also a list of numbers, needs a cue
  }

  private static boolean isNanpArea(String area) {
    char first = area.charAt(0);
    if (first < '2') {
      return false;
    }
    return !(area.charAt(1) == '1' && area.charAt(2) == '1'); // N11 codes are services
  }

  private void findInternational(String text, List<Detection> out) {
    Anchored m = new Anchored(INTERNATIONAL, text, (t, i) -> t.charAt(i) == '+');
    while (m.find()) {
      StringBuilder digits = new StringBuilder(20).append(m.group(1));
      String rest = m.group(2);
      for (int i = 0; i < rest.length(); i++) {
        char c = rest.charAt(i);
        if (c >= '0' && c <= '9') {
          digits.append(c);
        }
      }
      if (digits.length() < 8 || digits.length() > 15) {
        continue;
      }
      if (m.group(3) != null) {
        digits.append('x').append(m.group(3));
      }
      emit(text, m.start(), m.end(), 0.88, true, digits.toString(), out);
    }
  }
}
