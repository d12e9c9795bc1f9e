package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Codes standing alone with no cue: a word of letters and at least four digits ("NUE320698247",
 * "2ZGM877", "X1234567"), or a run of seven digits or more ("54605981"). Callers read such codes
 * off a card or a wristband with words between the cue and the value ("the m r n on my wristband
 * from june says 54605981"), or with no cue at all; nothing else in a turn has that shape, and one
 * let through is a record number at the upstream. Reported as Safe Harbor's "any other unique
 * identifying number" (OTHER_ID) with a confidence just over the default threshold, so that a
 * recognizer that knows the kind wins the span. A word joined to others by dots, slashes, dashes or
 * {@code @} is part of something else (a URL, an e-mail address, a decimal, a token), and a measure
 * or an ordinal ("1000mg", "12345th") is not a code, nor is a round number ("1250000", an amount
 * whose grouping marks a reading took out). A text that is the code and nothing else (a request's
 * seed, a number field) says nothing of what it is, and is left to the recognizers that know the
 * shapes of values. Groups joined by dashes are one code when they hold nine digits or more, or a
 * short prefix of letters and seven digits or more ("04-948775543-6", "GMM-15171852").
 */
public final class CodeRecognizer implements Recognizer {
  private static final int MIN_DIGITS_WITH_LETTERS = 4;
  private static final int MIN_DIGITS_ALONE = 7;
  private static final int MIN_LENGTH = 6;
  private static final int MAX_LENGTH = 24;
  private static final double CONFIDENCE = 0.65;

  /** One letter after digits that makes a measure or a count, not a check letter. */
  private static final Set<String> SUFFIXES =
      Set.of("l", "g", "m", "h", "s", "k", "x", "u", "b", "d", "w", "y", "v", "a", "c", "f", "p");

  /**
   * Labels of numbers that name goods, shipments, orders and references, not a person: a code
   * within {@value #LABEL_WORDS} words after one is left alone ("Lot FK2880", "Tracking
   * 1Z999AA10123456784", "Order #1117910", "routing 021000021", "PMID 31415926"), unless an
   * identifier cue is said near it ("Lot 54605981 is what the wristband says").
   */
  private static final Cue NOT_PERSONAL =
      Cue.of(
          "lot",
          "lote",
          "lotto",
          "batch",
          "charge",
          "tracking",
          "track",
          "shipment",
          "parcel",
          "awb",
          "order",
          "pedido",
          "auftrag",
          "laborauftrag",
          "bestillingsnr",
          "invoice",
          "factura",
          "facture",
          "rechnung",
          "ref",
          "reference",
          "pmid",
          "doi",
          "isbn",
          "routing",
          "aba",
          "swift",
          "bic",
          "ndc",
          "bin",
          "pcn",
          "grp",
          "group",
          "rx",
          "insurer",
          "kassen",
          "symbol",
          "sku",
          "model",
          "version",
          "build",
          "flight",
          "room",
          "rum",
          "habitación",
          "exp");

  private static final int LABEL_WORDS = 5;

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!isAsciiAlphanumeric(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      int digits = 0;
      while (end < length && isAsciiAlphanumeric(text.charAt(end))) {
        digits += Anchored.isAsciiDigit(text.charAt(end)) ? 1 : 0;
        end++;
      }
      if (end < length && text.charAt(end) == '-') {
        int dashed = dashedEnd(text, end);
        if (dashed > end && isDashedCode(text, i, dashed)) {
          out.add(
              new Detection(
                  EntityKind.OTHER_ID,
                  i,
                  dashed,
                  CONFIDENCE,
                  Pass.REGEX,
                  text.substring(i, dashed).toUpperCase(Locale.ROOT)));
        }
        i = Math.max(dashed, end);
        continue;
      }
      if (isCode(text, i, end, digits)) {
        String value = text.substring(i, end);
        out.add(
            new Detection(
                EntityKind.OTHER_ID,
                i,
                end,
                CONFIDENCE,
                Pass.REGEX,
                value.toUpperCase(Locale.ROOT)));
      }
      i = end;
    }
    return out;
  }

  private static boolean isCode(String text, int start, int end, int digits) {
    int length = end - start;
    boolean letters = digits < length;
    if (digits < (letters ? MIN_DIGITS_WITH_LETTERS : MIN_DIGITS_ALONE)
        || length < MIN_LENGTH
        || length > MAX_LENGTH
        || (start == 0 && end == text.length())
        || !standsAlone(text, start, end)
        || NOT_PERSONAL.precedes(text, start, LABEL_WORDS) && !CodeKinds.cued(text, start, end)) {
      return false;
    }
    return letters ? !isMeasure(text, start, end) : !text.startsWith("000", end - 3);
  }

  /** Fewer digits than this in groups joined by dashes are a date or a short reference. */
  private static final int MIN_DASHED_DIGITS = 9;

  /** Where groups of letters and digits joined by single dashes from {@code dash} on end. */
  private static int dashedEnd(String text, int dash) {
    int k = dash;
    int length = text.length();
    while (k + 1 < length && text.charAt(k) == '-' && isAsciiAlphanumeric(text.charAt(k + 1))) {
      k++;
      while (k < length && isAsciiAlphanumeric(text.charAt(k))) {
        k++;
      }
    }
    return k;
  }

  /**
   * Groups joined by dashes that identify someone: nine digits or more with a group of five or more
   * ("04-948775543-6", a member's PIN), or a short prefix of letters before seven digits or more
   * ("GMM-15171852", a policy). Not a date ("2025-03-11"), a phone a phone recognizer reads anyway,
   * a UUID or a version, and only where the whole stands alone like a code.
   */
  private static boolean isDashedCode(String text, int start, int end) {
    int digits = 0;
    int longest = 0;
    int group = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      digits += Anchored.isAsciiDigit(c) ? 1 : 0;
      group = c == '-' ? 0 : group + 1;
      longest = Math.max(longest, group);
    }
    int firstDash = text.indexOf('-', start);
    boolean prefix =
        firstDash - start <= 5 && digits >= MIN_DIGITS_ALONE && letters(text, start, firstDash);
    // groups of four or fewer are how phones and social security numbers are written; nine
    // digits or more in groups neither has ("145-186-114") are a code
    boolean grouped =
        digits >= MIN_DASHED_DIGITS && (longest >= 5 || !phoneOrSocial(text, start, end, digits));
    return (grouped || prefix)
        && end - start <= MAX_LENGTH
        && !isUuid(text, start, end)
        && standsAlone(text, start, end)
        && !(NOT_PERSONAL.precedes(text, start, LABEL_WORDS) && !CodeKinds.cued(text, start, end));
  }

  /**
   * Whether digits joined by dashes from {@code start} to {@code end} are written as a phone number
   * or a social security number are ("555-0134", "208-555-0139", "1-208-555-0139", "123-45-6789"),
   * or hold a letter.
   */
  private static boolean phoneOrSocial(String text, int start, int end, int digits) {
    if (digits != end - start - dashes(text, start, end)) {
      return true;
    }
    var groups = new StringBuilder();
    int group = 0;
    for (int k = start; k <= end; k++) {
      if (k == end || text.charAt(k) == '-') {
        groups.append(group);
        group = 0;
      } else {
        group++;
      }
    }
    String shape = groups.toString();
    return shape.equals("324") || shape.endsWith("34");
  }

  private static int dashes(String text, int start, int end) {
    int dashes = 0;
    for (int k = start; k < end; k++) {
      dashes += text.charAt(k) == '-' ? 1 : 0;
    }
    return dashes;
  }

  private static boolean letters(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!Anchored.isAsciiLetter(text.charAt(k))) {
        return false;
      }
    }
    return end - start >= 2;
  }

  /** Eight, four, four, four and twelve hex digits. */
  private static boolean isUuid(String text, int start, int end) {
    return end - start == 36
        && text.charAt(start + 8) == '-'
        && text.charAt(start + 13) == '-'
        && text.charAt(start + 18) == '-'
        && text.charAt(start + 23) == '-';
  }

  /**
   * Digits then letters only: a measure, an ordinal or a word run into a number ("1000mg",
   * "12345th", "0142END"), unless one check letter closes the number ("12345678Z").
   */
  private static boolean isMeasure(String text, int start, int end) {
    int k = start;
    while (k < end && Anchored.isAsciiDigit(text.charAt(k))) {
      k++;
    }
    for (int j = k; j < end; j++) {
      if (Anchored.isAsciiDigit(text.charAt(j))) {
        return false;
      }
    }
    return k > start
        && (end - k > 1 || SUFFIXES.contains(text.substring(k, end).toLowerCase(Locale.ROOT)));
  }

  /**
   * Nothing joins the word to another: blanks, brackets, quotes or a sentence's marks around it, or
   * the field marks of a delimited record and, after the word, its component marks
   * ("|73641902^^^C^MR|"), or markdown's backticks around code ("MRN `73641902`"), ADR 26. A caret
   * before a number is a power ("2^1234567").
   */
  private static boolean standsAlone(String text, int start, int end) {
    if (start > 0 && !isOpening(text.charAt(start - 1))) {
      return false;
    }
    if (end == text.length()) {
      return true;
    }
    char after = text.charAt(end);
    if (after == '.' || after == ':') {
      return end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1));
    }
    return isClosing(after);
  }

  private static boolean isOpening(char c) {
    return Character.isWhitespace(c) || "([{\"'‘“,;:#=|`".indexOf(c) >= 0;
  }

  private static boolean isClosing(char c) {
    return Character.isWhitespace(c) || ")]}\"'’”,;!?|^`".indexOf(c) >= 0;
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return Anchored.isAsciiDigit(c) || Anchored.isAsciiLetter(c);
  }
}
