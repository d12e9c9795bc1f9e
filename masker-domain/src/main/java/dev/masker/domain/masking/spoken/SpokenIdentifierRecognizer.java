package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import dev.masker.domain.masking.regex.CueOverValidator;
import dev.masker.domain.masking.regex.Dea;
import dev.masker.domain.masking.regex.Iban;
import dev.masker.domain.masking.regex.Npi;
import dev.masker.domain.masking.regex.Vin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds identifiers of letters and digits spoken one by one after a cue: "my driver's license
 * number is d one two three four five six seven" (LICENSE {@code D1234567}), "the dea number is a b
 * one two three …" (LICENSE, DEA check digit), "the vin is one h g c m …" (VEHICLE_ID, VIN check
 * digit), "plate number eight x k l two two four" (VEHICLE_ID), "the pump serial is one one four
 * nine …" (DEVICE_ID), "my i b a n is d e eight nine …" (IBAN, mod-97). An IBAN whose check digits
 * are right is found without a cue too; a DEA, NPI, VIN or IBAN whose check fails is found when its
 * cue is right before it ({@link CueOverValidator}).
 *
 * <p>A code is a run of spelled letters ("a b c"), digits as written, digit words, "oh" and "o",
 * "double"/"triple" + a letter or digit and two-digit numbers ("seventy seven"), with dashes,
 * commas and "um" tolerated between. "oh"/"o" is 0 next to a digit and the letter O between letters
 * (always 0 in a VIN, which has no O). The article "a" and the pronoun "i" count as letters only
 * inside a code, or first when another letter follows or the cue is right before. The cue must end
 * within {@value #CUE_WINDOW} words before the code ("serial number on the back is …"). Canonical
 * form: upper case without separators.
 *
 * <p>Not covered: member, policy, MRN and account numbers ({@link SpokenNumberRecognizer} reads
 * them), letter names ("bee", "see"), codes with no cue other than an IBAN. Letters said as NATO or
 * police alphabet words inside a code reach it as letters ({@link SpellingAlphabets}).
 */
public final class SpokenIdentifierRecognizer implements Recognizer {
  static final int CUE_WINDOW = 6;

  private enum Cue {
    LICENSE,
    DEA,
    NPI,
    VIN,
    PLATE,
    SERIAL,
    IBAN
  }

  private static final CuePhrases<Cue> CUES =
      CuePhrases.of(
          Map.ofEntries(
              Map.entry("license", Cue.LICENSE),
              Map.entry("licence", Cue.LICENSE),
              Map.entry("license number", Cue.LICENSE),
              Map.entry("licence number", Cue.LICENSE),
              Map.entry("license no", Cue.LICENSE),
              Map.entry("license id", Cue.LICENSE),
              Map.entry("dl", Cue.LICENSE),
              Map.entry("d l", Cue.LICENSE),
              Map.entry("state id", Cue.LICENSE),
              Map.entry("certificate number", Cue.LICENSE),
              Map.entry("certification number", Cue.LICENSE),
              Map.entry("dea", Cue.DEA),
              Map.entry("d e a", Cue.DEA),
              Map.entry("dea number", Cue.DEA),
              Map.entry("dea registration", Cue.DEA),
              Map.entry("npi", Cue.NPI),
              Map.entry("n p i", Cue.NPI),
              Map.entry("npi number", Cue.NPI),
              Map.entry("vin", Cue.VIN),
              Map.entry("v i n", Cue.VIN),
              Map.entry("vin number", Cue.VIN),
              Map.entry("vehicle identification number", Cue.VIN),
              Map.entry("chassis number", Cue.VIN),
              Map.entry("plate", Cue.PLATE),
              Map.entry("plates", Cue.PLATE),
              Map.entry("plate number", Cue.PLATE),
              Map.entry("license plate", Cue.PLATE),
              Map.entry("licence plate", Cue.PLATE),
              Map.entry("number plate", Cue.PLATE),
              Map.entry("tag number", Cue.PLATE),
              Map.entry("serial", Cue.SERIAL),
              Map.entry("serial number", Cue.SERIAL),
              Map.entry("serial no", Cue.SERIAL),
              Map.entry("serial numbers", Cue.SERIAL),
              Map.entry("s n", Cue.SERIAL),
              Map.entry("device id", Cue.SERIAL),
              Map.entry("device i d", Cue.SERIAL),
              Map.entry("device number", Cue.SERIAL),
              Map.entry("imei", Cue.SERIAL),
              Map.entry("udi", Cue.SERIAL),
              Map.entry("iban", Cue.IBAN),
              Map.entry("i b a n", Cue.IBAN)));

  private static final Set<String> LINKING =
      Set.of(
          "is",
          "was",
          "are",
          "were",
          "it's",
          "its",
          "it",
          "that's",
          "reads",
          "says",
          "number",
          "numbers",
          "no",
          "id",
          "the",
          "my",
          "his",
          "her",
          "their",
          "our",
          "on",
          "of",
          "um",
          "uh",
          "umm",
          "uhh",
          "like",
          "so",
          "should",
          "be",
          "would",
          "ends",
          "starts",
          "with",
          "back",
          "just",
          "actually",
          "okay",
          "ok",
          "yeah",
          "yes",
          ":",
          ",",
          "#",
          "-",
          "—");

  /** Prepositions that open a phrase naming whose the code is: "the npi for dr haddad is …". */
  private static final Set<String> OWNER = Set.of("for", "on", "of", "from", "in", "at");

  /** Verbs that close such a phrase. */
  private static final Set<String> VERBS = Set.of("is", "was", "it's", "reads", "says");

  /** Cues spelled letter by letter, which a code may follow without a pause: "v i n one h …". */
  private static final List<String> SPELLED_CUES = List.of("iban", "vin", "dea", "npi", "dl", "sn");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    var out = new ArrayList<Detection>();
    find(SpokenTokens.of(text), out);
    return out;
  }

  void find(List<SpokenToken> tokens, List<Detection> out) {
    int n = tokens.size();
    var code = new SpokenCode();
    int i = 0;
    while (i < n) {
      if (!isCodeToken(tokens, i)) {
        i++;
        continue;
      }
      int spelledCue = spelledCueLength(tokens, i);
      if (spelledCue > 0) {
        i += spelledCue;
        continue;
      }
      int end = code.read(tokens, i);
      report(tokens, code, out);
      i = Math.max(end, i + 1);
    }
  }

  private static void report(List<SpokenToken> tokens, SpokenCode code, List<Detection> out) {
    code.trim(tokens);
    if (code.pieces() < 2 || code.overflow) {
      return;
    }
    var match = CUES.nearestMatchBefore(tokens, code.first, CUE_WINDOW).orElse(null);
    if (match != null && !onlyWordsBetween(tokens, match.lastToken() + 1, code.first)) {
      match = null;
    }
    if (match == null) {
      String value = code.value(false);
      if (value.length() >= 15 && Iban.isValid(value)) {
        out.add(detection(tokens, code, EntityKind.IBAN, 0.9, value));
      } else if (spelledOut(tokens, code, value)) {
        out.add(detection(tokens, code, EntityKind.OTHER_ID, 0.7, value));
      }
      return;
    }
    boolean cueRightBefore = match.lastToken() == code.first - 1;
    if (code.leadingArticle && !cueRightBefore) {
      code.dropLeadingArticle();
      if (code.pieces() < 2) {
        return;
      }
    }
    classify(
        tokens,
        code,
        match.meaning(),
        CueOverValidator.rightBefore(match.lastToken(), code.first),
        out);
  }

  /**
   * Reports the code after {@code cue}; {@code rightBefore} when the cue ends at most a few tokens
   * before it, so that a code failing its check digit still counts ({@link CueOverValidator}).
   */
  private static void classify(
      List<SpokenToken> tokens,
      SpokenCode code,
      Cue cue,
      boolean rightBefore,
      List<Detection> out) {
    String value = code.value(cue == Cue.VIN);
    int len = value.length();
    int digits = code.digitCount(value);
    switch (cue) {
      case LICENSE:
      case DEA:
        if (len == 9 && digits == 7 && Character.isLetter(value.charAt(1))) {
          if (Dea.isValid(value)) {
            out.add(detection(tokens, code, EntityKind.LICENSE, 0.95, value));
          } else if (cue == Cue.LICENSE) {
            out.add(detection(tokens, code, EntityKind.LICENSE, 0.85, value));
          } else if (rightBefore) {
            out.add(
                detection(tokens, code, EntityKind.LICENSE, CueOverValidator.CONFIDENCE, value));
          }
          return;
        }
        if (cue == Cue.LICENSE
            && len >= 5
            && len <= 15
            && (digits >= 3 || digits >= 1 && len >= 6 && rightBefore)) {
          // "w d l u six n b k j" right after its cue: letters with a digit among them
          out.add(detection(tokens, code, EntityKind.LICENSE, 0.85, value));
        }
        return;
      case NPI:
        if (len == 10 && digits == 10) {
          double confidence =
              CueOverValidator.confidence(Npi.isValid(value), () -> rightBefore, 0.93);
          if (confidence != CueOverValidator.NOT_REPORTED) {
            out.add(detection(tokens, code, EntityKind.LICENSE, confidence, value));
          }
        }
        return;
      case VIN:
        if (len == 17 && Vin.hasShape(value)) {
          double confidence = Vin.isValid(value) ? 0.95 : 0.85;
          out.add(detection(tokens, code, EntityKind.VEHICLE_ID, confidence, value));
        }
        return;
      case PLATE:
        boolean mixed = digits > 0 && digits < len;
        if (len >= 2 && len <= 8 && (mixed || len >= 4)) {
          out.add(detection(tokens, code, EntityKind.VEHICLE_ID, 0.85, value));
        }
        return;
      case SERIAL:
        if (len >= 4 && len <= 20 && digits >= 2) {
          out.add(detection(tokens, code, EntityKind.DEVICE_ID, 0.85, value));
        }
        return;
      case IBAN:
        if (Iban.isValid(value)) {
          out.add(detection(tokens, code, EntityKind.IBAN, 0.95, value));
        } else if (len >= 15 && len <= 34 && Character.isLetter(value.charAt(0))) {
          double confidence = rightBefore ? CueOverValidator.CONFIDENCE : 0.7;
          out.add(detection(tokens, code, EntityKind.IBAN, confidence, value));
        }
        return;
      default:
        return;
    }
  }

  /**
   * A code of letters and digits whose letters are spelled "as in" words, with no cue before it:
   * "the number is eight c as in cat n one a as in apple …". Nobody spells a word that way, only a
   * value someone must copy: an identifier of some record.
   */
  private static boolean spelledOut(List<SpokenToken> tokens, SpokenCode code, String value) {
    if (value.length() < MIN_SPELLED_OUT || code.digitCount(value) < 2) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < value.length(); i++) {
      letters += Character.isLetter(value.charAt(i)) ? 1 : 0;
    }
    if (letters < 2) {
      return false;
    }
    // the words naming a letter ("as in cat") were dropped from the tokens: a gap that long
    for (int k = code.first; k < code.last; k++) {
      if (tokens.get(k + 1).start() - tokens.get(k).end() >= NAMED_LETTER_GAP) {
        return true;
      }
    }
    return false;
  }

  /** The fewest chars " as in " and a word leave between a letter and what follows it. */
  private static final int NAMED_LETTER_GAP = 9;

  /** How many chars a code spelled "as in" with no cue needs to be read as an identifier. */
  private static final int MIN_SPELLED_OUT = 6;

  private static Detection detection(
      List<SpokenToken> tokens, SpokenCode code, EntityKind kind, double confidence, String value) {
    return new Detection(
        kind,
        tokens.get(code.first).start(),
        tokens.get(code.last).end(),
        confidence,
        Pass.REGEX,
        value);
  }

  /**
   * Whether tokens {@code [from, to)} only link a cue to its value: linking words ("number on the
   * back is"), or a short phrase saying whose or which it is, from a preposition to a verb ("for dr
   * haddad is", "on the oxygen concentrator is").
   */
  private static boolean onlyWordsBetween(List<SpokenToken> tokens, int from, int to) {
    boolean linking = true;
    for (int k = from; k < to && linking; k++) {
      linking = LINKING.contains(tokens.get(k).text());
    }
    if (linking) {
      return true;
    }
    if (to - from < 3 || !OWNER.contains(tokens.get(from).text())) {
      return false;
    }
    if (!VERBS.contains(tokens.get(to - 1).text())) {
      return false;
    }
    for (int k = from + 1; k < to - 1; k++) {
      var t = tokens.get(k);
      if (!t.isWord()
          || NumberWords.singleDigit(t) >= 0
          || CUES.nearestAfter(tokens, k, 1).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /** The number of tokens of a spelled cue ("v i n") starting at {@code i}, or 0. */
  private static int spelledCueLength(List<SpokenToken> tokens, int i) {
    int n = tokens.size();
    for (var cue : SPELLED_CUES) {
      int m = cue.length();
      if (i + m > n) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < m && match; k++) {
        var t = tokens.get(i + k);
        match = t.isWord() && t.text().length() == 1 && t.text().charAt(0) == cue.charAt(k);
      }
      if (match) {
        return m;
      }
    }
    return 0;
  }

  static boolean isLetter(SpokenToken t) {
    if (!t.isWord() || t.text().length() != 1) {
      return false;
    }
    char c = t.text().charAt(0);
    return c >= 'a' && c <= 'z';
  }

  private static boolean isCodeToken(List<SpokenToken> tokens, int i) {
    var t = tokens.get(i);
    return t.isNumber()
        || isLetter(t)
        || SpokenCode.isLetterGroup(tokens, i)
        || SpokenCode.isMisheardDigit(tokens, i, true)
        || t.is("oh")
        || NumberWords.singleDigit(t) >= 0
        || NumberWords.belowHundred(tokens, i) >= 0
        || ((t.is("double") || t.is("triple"))
            && i + 1 < tokens.size()
            && SpokenCode.single(tokens.get(i + 1)) != null);
  }
}
