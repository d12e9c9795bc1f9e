package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import dev.masker.domain.masking.UsStates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** How many words after five digits a ZIP cue still names them ("…, yeah, that's the zip"). */
  private static final int ZIP_AFTER_WORDS = 4;

  /**
   * Postal codes of other countries after a postal-code label ("PLZ: 10115", "CP: 28013", "CEP:
   * 01310-100", "Postcode SW1A 1AA", "Postnummer 123 45", "Kod pocztowy: 00-950"): five digits,
   * four digits, "NNN NN", "NNNN-NNN", "NNNNN-NNN", "NN-NNN", "NNN-NNNN" (after "〒" too), "NNNN
   * AB", "A1A 1A1", British postcodes and a country prefix ("CH-8001"). Short labels count with
   * their colon, or written in capitals before a code that ends the phrase ("PLZ 10115", "CEP
   * 01310-100,"; not "CAP 1200 mg"); "zip" names a US ZIP code, five digits.
   */
  private static final Pattern POSTAL =
      Pattern.compile(
          "(?<![\\w-])(?:\\d{5}-\\d{3}|\\d{4}-\\d{3}|\\d{2}-\\d{3}|\\d{3}-\\d{4}|\\d{3} \\d{2}"
              + "|[A-Z]{1,2}-\\d{4,5}"
              + "|\\d{4} ?[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}"
              + "|\\d{4,5})(?![\\w]|[.,-]\\d)");

  private static final Cue POSTAL_LABEL =
      Cue.of(
          "postal code",
          "postcode",
          "post code",
          "postleitzahl",
          "code postal",
          "codigo postal",
          "código postal",
          "kod pocztowy",
          "postnummer",
          "postnr",
          "cap:",
          "cp:",
          "c.p.",
          "cep:",
          "plz:",
          "npa:",
          "\u3012");

  /** Short postal-code labels without their colon: only in capitals, before a code that ends. */
  private static final Cue SHORT_LABEL = Cue.of("plz", "cep", "cp", "cap", "npa");

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
      } else if (m.group(2) != null || CUE.follows(text, m.end(), ZIP_AFTER_WORDS)) {
        // "11035-3640": the ZIP+4 shape is nothing else; "05047, yeah, that's the zip"
        confidence = 0.8;
      } else {
        continue;
      }
      String canonical = m.group(2) == null ? m.group(1) : m.group(1) + m.group(2);
      out.add(new Detection(EntityKind.ZIP, m.start(), m.end(), confidence, Pass.REGEX, canonical));
    }
    findLabelled(text, out);
    findShortLabelled(text, out);
    return out;
  }

  /** A postal code of any listed shape right after a postal-code label. */
  private static void findLabelled(String text, List<Detection> out) {
    Cue.Matches labels = POSTAL_LABEL.matches(text);
    while (labels.find()) {
      int start = labels.end();
      int length = text.length();
      while (start < length
          && (text.charAt(start) == ' '
              || text.charAt(start) == ':'
              || text.charAt(start) == '.')) {
        start++;
      }
      if (start >= length || start - labels.end() > 3) {
        continue;
      }
      var m = POSTAL.matcher(text).region(start, Math.min(length, start + 12));
      m.useTransparentBounds(true);
      if (!m.lookingAt() || covered(out, start)) {
        continue;
      }
      String code = m.group().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
      out.add(new Detection(EntityKind.ZIP, start, m.end(), 0.85, Pass.REGEX, code));
      labels.skipTo(m.end());
    }
  }

  /** "PLZ 10115", "CEP 01310-100": a short label in capitals, one space, a code that ends there. */
  private static void findShortLabelled(String text, List<Detection> out) {
    Cue.Matches labels = SHORT_LABEL.matches(text);
    int length = text.length();
    while (labels.find()) {
      int start = labels.end() + 1;
      if (start >= length
          || text.charAt(labels.end()) != ' '
          || !capitals(text, labels.start(), labels.end())
          || covered(out, start)) {
        continue;
      }
      var m = POSTAL.matcher(text).region(start, Math.min(length, start + 12));
      m.useTransparentBounds(true);
      if (!m.lookingAt() || !endsPhrase(text, m.end())) {
        continue;
      }
      String code = m.group().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
      out.add(new Detection(EntityKind.ZIP, start, m.end(), 0.85, Pass.REGEX, code));
      labels.skipTo(m.end());
    }
  }

  private static boolean capitals(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The text ends at {@code end}, or punctuation or a capitalised word (a town) follows. */
  private static boolean endsPhrase(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    if (c != ' ') {
      return !Character.isLetterOrDigit(c);
    }
    return end + 1 < text.length() && Character.isUpperCase(text.charAt(end + 1));
  }

  private static boolean covered(List<Detection> found, int position) {
    for (Detection d : found) {
      if (d.start() <= position && position < d.end()) {
        return true;
      }
    }
    return false;
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
