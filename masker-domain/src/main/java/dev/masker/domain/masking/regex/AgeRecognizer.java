package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ages over 89, which Safe Harbor treats as identifying: "92 years old", "a 95-year-old", "age 95",
 * "aged 101", "I'm 93 years of age", "she'll be 90", "turned 100", and a number set off by commas
 * or in parentheses after a name ("Fatima Al-Rashid, 96, needs…", "Szimonetta Bickel (96)"), "she's
 * 97", "I am 91", and the same in other languages ("94 Jahre alt", "92 ans", "edad: 96"). Only the
 * number is marked; its canonical form is the digits. Younger ages are not PHI and are not
 * reported.
 */
public final class AgeRecognizer implements Recognizer {
  private static final Pattern AGE_AFTER =
      Pattern.compile(
          "(?<![\\w.,$-])(\\d{2,3})(?:[ \\t-]{1,2}(?:years?|yrs?|y/?o)(?:[ \\t-]{1,2}old|[ \\t]of[ \\t]age)"
              + "|[ \\t]?yo\\b|[ \\t-]{1,2}year[ \\t-]old)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AGE_AFTER_PERSON =
      Pattern.compile(
          "\\b(?:(?:he|she|i|they|you|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather"
              + "|patient|pt)(?:['’]ll|[ \\t]will)[ \\t]be|turn(?:s|ed|ing)?"
              + "|(?:he|she|who)(?:['’]s|[ \\t]is)|i['’]m|i[ \\t]am"
              + "|(?:mom|dad|mum|mother|father|grandma|grandpa|nana|nan|gran|granny|wife|husband)"
              + "['’]s)[ \\t](\\d{2,3})"
              + "(?![\\w%$]|[.,]\\d|[ \\t]?(?:percent|degrees?|minutes?|mins?|hours?|days?|weeks?"
              + "|months?|times|dollars|bucks|cents|pounds|lbs?|kg|mg|miles|feet|units|seconds)\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AGE_BEFORE =
      Pattern.compile(
          "\\b(?:age|aged|ages)[ \\t]?(?:is|of|was|:)?[ \\t]?(\\d{2,3})(?![\\w]|[.,]\\d)",
          Pattern.CASE_INSENSITIVE);

  /**
   * "94 Jahre alt", "92 ans", "96 años", "93 anni", "91 jaar", "95 år", "90 vuotta", "97 lat", "92
   * let", "93 yaşında", "91 éves": an age in years in other languages.
   */
  private static final Pattern AGE_AFTER_OTHER_LANGUAGE =
      Pattern.compile(
          "(?<![\\w.,$-])(\\d{2,3})[ \\t\\u00A0]?(?:jahre|jahren|ans|años|anos|anni|jaar|år|ar|vuotta"
              + "|lat|let|roků|yaşında|yasinda|éves|eves|ετών)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "Alter: 94", "edad 96", "età 93", "âge : 92", "wiek 95", "lat 93": age labels of other
   * languages.
   */
  private static final Pattern AGE_BEFORE_OTHER_LANGUAGE =
      Pattern.compile(
          "(?<![\\p{L}])(?:alter|edad|età|eta|âge|idade|wiek|lat|leeftijd|ålder|alder|ikä|yaş|věk"
              + "|umur|usia|возраст|вік|年龄|年齢|나이|גיל|العمر)"
              + "[ \\t]?[:：]?[ \\t]?(\\d{2,3})(?![\\d]|[.,]\\d)(?![\\p{IsLatin}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The labels AGE_BEFORE_OTHER_LANGUAGE starts with. */
  private static final Cue OTHER_LANGUAGE_LABELS =
      Cue.of(
          "alter",
          "edad",
          "età",
          "eta",
          "âge",
          "idade",
          "wiek",
          "lat",
          "leeftijd",
          "ålder",
          "alder",
          "ikä",
          "yaş",
          "věk",
          "umur",
          "usia",
          "возраст",
          "вік",
          "年龄",
          "年齢",
          "나이",
          "גיל",
          "العمر");

  /** The words AGE_AFTER_PERSON starts with: the pattern runs only where one of them starts. */
  private static final Cue AFTER_PERSON_START =
      Cue.of(
          "he",
          "she",
          "i",
          "they",
          "you",
          "mom",
          "dad",
          "mother",
          "father",
          "grandma",
          "grandpa",
          "grandmother",
          "grandfather",
          "patient",
          "pt",
          "turn",
          "turns",
          "turned",
          "turning",
          "who",
          "mum",
          "nana",
          "nan",
          "gran",
          "granny",
          "wife",
          "husband");

  /**
   * How far the digits of AGE_AFTER_PERSON may stand from its first word ("grandmother will be").
   */
  private static final int PERSON_WINDOW = 24;

  /** How far the digits of AGE_BEFORE_OTHER_LANGUAGE may stand from its label ("leeftijd : "). */
  private static final int LABEL_WINDOW = 16;

  private static final Pattern AGE_APPOSITION = Pattern.compile("(\\d{2,3})(?=[,;)])");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    collect(Anchored.atDigitWordStarts(AGE_AFTER, text, AgeRecognizer::mayStartAgeAfter), 0.9, out);
    collect(
        Anchored.atWordStarts(
            AGE_BEFORE,
            text,
            (t, i) -> Anchored.startsWith(t, i, "age") && Anchored.WORD_START.at(t, i)),
        0.85,
        out);
    collect(
        Anchored.atWordStarts(AGE_AFTER_PERSON, text, AgeRecognizer::mayStartAfterPerson),
        0.8,
        out);
    collect(
        Anchored.atDigitWordStarts(AGE_AFTER_OTHER_LANGUAGE, text, AgeRecognizer::yearsWordAfter),
        0.85,
        out);
    collect(
        Anchored.atWordStarts(
            AGE_BEFORE_OTHER_LANGUAGE, text, AgeRecognizer::mayStartOtherLanguageLabel),
        0.8,
        out);
    findAfterName(text, out);
    return out;
  }

  /**
   * "she is", "turned", "i'm" with digits close behind: "you" and "i" start many words of a turn,
   * and a pattern tried at each costs more than a look for a digit.
   */
  private static boolean mayStartAfterPerson(String text, int i) {
    return AFTER_PERSON_START.startsAt(text, i) && Anchored.digitWithin(text, i, PERSON_WINDOW);
  }

  /** "Alter", "edad", "wiek" with digits close behind. */
  private static boolean mayStartOtherLanguageLabel(String text, int i) {
    return OTHER_LANGUAGE_LABELS.startsAt(text, i) && Anchored.digitWithin(text, i, LABEL_WINDOW);
  }

  /** Two or three digits, up to two blanks or dashes, then a "y" ("years", "yrs", "yo", "y/o"). */
  private static boolean mayStartAgeAfter(String text, int i) {
    if (!Anchored.digitRunAt(text, i, 2, 3)) {
      return false;
    }
    int j = i + Anchored.digitsAt(text, i, 3);
    for (int k = 0; k < 2 && Anchored.oneOfAt(text, j, " \t-"); k++) {
      j++;
    }
    return Anchored.oneOfAt(text, j, "yY");
  }

  /** Two or three digits, maybe a blank, then a letter that starts a word for years. */
  private static boolean yearsWordAfter(String text, int i) {
    if (!Anchored.digitRunAt(text, i, 2, 3)) {
      return false;
    }
    int j = i + Anchored.digitsAt(text, i, 3);
    if (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
      j++;
    }
    return j < text.length() && "jJaAlLvVåÅrRyYéÉεΕ".indexOf(text.charAt(j)) >= 0;
  }

  /** ", 96" or " (96": a number set off by a comma or an opening parenthesis and a space. */
  private static boolean setOff(String text, int i) {
    return i >= 2
        && (text.charAt(i - 2) == ',' && text.charAt(i - 1) == ' '
            || text.charAt(i - 2) == ' ' && text.charAt(i - 1) == '(');
  }

  /**
   * "Fatima Al-Rashid, 96, needs home PT", "Szimonetta Bickel (96) was reviewed": a number set off
   * by commas or in parentheses right after a capitalised name.
   */
  private static void findAfterName(String text, List<Detection> out) {
    Anchored m =
        Anchored.atDigitWordStarts(
            AGE_APPOSITION, text, (t, i) -> setOff(t, i) && Anchored.digitRunAt(t, i, 2, 3));
    while (m.find()) {
      if (!setOff(text, m.start())) {
        continue;
      }
      boolean parenthesis = text.charAt(m.start() - 1) == '(';
      if (parenthesis && text.charAt(m.end()) != ')') {
        continue; // "Szimonetta Bickel (96)", not "Bickel (96, 97)"
      }
      int nameEnd = m.start() - 2; // the comma, or the space before the parenthesis
      int wordStart = nameEnd;
      while (wordStart > 0 && isNameChar(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart < nameEnd
          && Character.isUpperCase(text.charAt(wordStart))
          && (!parenthesis || capitalisedWordBefore(text, wordStart))) {
        int age = Integer.parseInt(m.group(1));
        if (age >= 90 && age <= 125) {
          out.add(
              new Detection(EntityKind.AGE, m.start(1), m.end(1), 0.75, Pass.REGEX, m.group(1)));
        }
      }
    }
  }

  /** "Szimonetta Bickel (96)", not "Room (96)": a name of two capitalised words. */
  private static boolean capitalisedWordBefore(String text, int wordStart) {
    int end = wordStart - 1;
    if (end < 1 || text.charAt(end) != ' ') {
      return false;
    }
    int start = end;
    while (start > 0 && isNameChar(text.charAt(start - 1))) {
      start--;
    }
    return start < end && Character.isUpperCase(text.charAt(start));
  }

  private static boolean foundAt(List<Detection> found, int start) {
    for (Detection detection : found) {
      if (detection.start() == start) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetter(c) || c == '-' || c == '\'' || c == '’';
  }

  private static void collect(Anchored m, double confidence, List<Detection> out) {
    while (m.find()) {
      int age = Integer.parseInt(m.group(1));
      if (age < 90 || age > 125 || foundAt(out, m.start(1))) {
        continue; // younger, or already found by an earlier pattern ("she is 92 years old")
      }
      out.add(
          new Detection(EntityKind.AGE, m.start(1), m.end(1), confidence, Pass.REGEX, m.group(1)));
    }
  }
}
