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
 * The place of a letter's dateline: at the start of a line, one to three capitalised words, a comma
 * and a day or a date ("Herzogenburg, Tuesday", "Zug, 3 March 2024", "Lyon, le 5 mars", "Graz, den
 * 4. Mai", "Tarouca, 12.03.2024") name the town the letter was written in. The words must be no
 * ordinary word, function word, person's name or country ("Thanks, Monday works", "Anna, Friday is
 * fine" are no datelines).
 *
 * <p>One bounded match a line start: linear.
 */
final class Dateline {

  private static final String DAYS =
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
          + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
          + "|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
          + "|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi"
          + "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag";
  private static final String MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
          + "|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember"
          + "|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre"
          + "|novembre|décembre|decembre"
          + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
          + "|diciembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro"
          + "|dezembro";

  private static final Pattern LINE =
      Pattern.compile(
          "^[ \\t]*(\\p{Lu}[\\p{L}'’-]{1,30}(?: \\p{Lu}[\\p{L}'’-]{1,30}){0,2}), (?:"
              + "(?:"
              + DAYS
              + ")\\b"
              + "|(?:(?:le|den|am|el|il|o) )?\\d{1,2}(?:\\.|º|st|nd|rd|th)? ?(?:"
              + MONTHS
              + ")\\b"
              + "|(?:"
              + MONTHS
              + ") \\d{1,2}\\b"
              + "|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b"
              + "|\\d{4}-\\d{2}-\\d{2}\\b)",
          Pattern.MULTILINE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> COUNTRIES = Lexicon.read("country-names.txt");

  private Dateline() {}

  /** Adds the town of each dateline of {@code raw} that no other detection covers. */
  static void find(String raw, Lexicon lexicon, List<Detection> found) {
    if (raw.indexOf(',') < 0) {
      return;
    }
    Matcher m = LINE.matcher(raw);
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(1);
      if (!Character.isUpperCase(raw.charAt(start)) || overlaps(found, start, end)) {
        continue; // CASE_INSENSITIVE also lets "thanks, monday" through the pattern
      }
      String folded =
          MARKS
              .matcher(Normalizer.normalize(raw.substring(start, end), Normalizer.Form.NFD))
              .replaceAll("")
              .toLowerCase(Locale.ROOT);
      if (COUNTRIES.contains(folded) || !placeWords(folded, raw, start, end, lexicon)) {
        continue;
      }
      found.add(new Detection(EntityKind.LOCATION, start, end, 0.8, Pass.LEXICON, folded));
    }
  }

  private static boolean placeWords(
      String folded, String raw, int start, int end, Lexicon lexicon) {
    for (String word : folded.split(" ")) {
      if (lexicon.isCommonWord(word)
          || lexicon.isFunctionWord(word)
          || lexicon.isName(word)
          || word.length() < 3) {
        return false;
      }
    }
    for (int c = start + 1; c < end; c++) {
      if (Character.isUpperCase(raw.charAt(c)) && Character.isUpperCase(raw.charAt(c - 1))) {
        return false; // "ACME, Monday": an acronym or a heading in capitals
      }
    }
    return true;
  }

  private static boolean overlaps(List<Detection> found, int start, int end) {
    for (Detection d : found) {
      if (d.start() < end && d.end() > start) {
        return true;
      }
    }
    return false;
  }
}
