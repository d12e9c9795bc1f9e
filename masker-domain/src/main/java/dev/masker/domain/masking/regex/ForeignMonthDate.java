package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dates with a month named in another language, day first and with a year: "5 mai 1985", "14. März
 * 2023", "3 de mayo de 2019", "12 maggio 2020", "5 maja 1985", "1 januari 2021", "7 ottobre 2021".
 * A DOB after a birth cue ("Né le 5 mai 1985"), else a DATE; the canonical form is {@code
 * yyyy-MM-dd}. Without a year the words are too often something else ("mai", "mars", "luglio" in
 * prose) and are left alone.
 */
public final class ForeignMonthDate implements Recognizer {
  /** Month names (and their genitives and common abbreviations) of European languages. */
  private static final Map<String, Integer> MONTHS = months();

  private static final Pattern DATE =
      Pattern.compile(
          "(?<![\\w.,/-])(\\d{1,2})\\.?[ \\t\\u00A0]{1,2}(?:de[ \\t]{1,2})?(\\p{L}{3,12})\\.?"
              + "[ \\t\\u00A0]{1,2}(?:de[ \\t]{1,2})?((?:1[89]|20)\\d\\d)(?![\\w])",
          Pattern.UNICODE_CASE);

  private static Map<String, Integer> months() {
    var months = new java.util.HashMap<String, Integer>();
    String[][] names = {
      {
        "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "stycznia", "styczeń", "janv"
      },
      {"februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "lutego"},
      {"märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marca", "marzec"},
      {"avril", "abril", "aprile", "kwietnia", "kwiecień"},
      {"mai", "mayo", "maggio", "maio", "mei", "maja", "maj"},
      {"juni", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec"},
      {"juli", "juillet", "julio", "luglio", "julho", "lipca", "lipiec"},
      {"août", "aout", "agosto", "augustus", "sierpnia", "sierpień"},
      {"septembre", "septiembre", "setiembre", "settembre", "setembro", "września", "wrzesień"},
      {"oktober", "octobre", "octubre", "ottobre", "outubro", "października", "październik"},
      {"novembre", "noviembre", "novembro", "listopada", "listopad"},
      {"dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "grudnia"}
    };
    for (int month = 0; month < names.length; month++) {
      for (String name : names[month]) {
        months.put(name, month + 1);
      }
    }
    return Map.copyOf(months);
  }

  /**
   * One or two digits, maybe a period, one or two blanks, maybe "de", then a month name of the
   * list: the pattern runs only there (most digits of a turn are followed by no month).
   */
  private static boolean monthAfterDay(String text, int i) {
    if (!Anchored.digitRunAt(text, i, 1, 2)) {
      return false;
    }
    int j = i + Anchored.digitsAt(text, i, 2);
    if (j < text.length() && text.charAt(j) == '.') {
      j++;
    }
    int blanks = 0;
    while (j < text.length() && blanks < 2 && Character.isWhitespace(text.charAt(j))) {
      j++;
      blanks++;
    }
    if (blanks == 0) {
      return false;
    }
    if (text.startsWith("de ", j)) {
      j += 3;
    }
    int end = j;
    while (end < text.length() && end - j <= 12 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end - j >= 3 && MONTHS.containsKey(text.substring(j, end).toLowerCase(Locale.ROOT));
  }

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    Anchored m = Anchored.atDigitWordStarts(DATE, text, ForeignMonthDate::monthAfterDay);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month == null) {
        continue;
      }
      var date = CalendarDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
      if (date.isEmpty()) {
        continue;
      }
      boolean birth = DateCues.BIRTH.precedes(text, m.start(), 6);
      out.add(
          new Detection(
              birth ? EntityKind.DOB : EntityKind.DATE,
              m.start(),
              m.end(),
              birth ? 0.92 : 0.88,
              Pass.REGEX,
              date.get().toString()));
    }
    return out;
  }
}
