package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.time.LocalDate;
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
 * prose) and are left alone. Chinese, Japanese and Korean dates ("1963年06月30日", "民國82年8月25日",
 * "1962년 2월 11일") are read too, an era's year turned into the common era's.
 */
public final class ForeignMonthDate implements Recognizer {
  /** Month names (and their genitives and common abbreviations) of European languages. */
  private static final Map<String, Integer> MONTHS = months();

  private static final Pattern DATE =
      Pattern.compile(
          "(?<![\\w.,/-])(\\d{1,2})\\.?[ \\t\\u00A0]{1,2}(?:de[ \\t]{1,2}|d['\u2019])?(\\p{L}{3,12})\\.?"
              + "[ \\t\\u00A0]{1,2}(?:de[ \\t]{1,2})?((?:1[89]|20)\\d\\d)(?![\\w])",
          Pattern.UNICODE_CASE);

  /**
   * Chinese, Japanese and Korean dates: year, month and day each followed by its character
   * ("1963年06月30日", "1962년 2월 11일"), the year maybe of an era ("民國82年8月25日", "昭和20年1月20日").
   */
  private static final Pattern EAST_ASIAN =
      Pattern.compile(
          "(?:(民國|民国|明治|大正|昭和|平成|令和)[ \\t]?)?(?<!\\d)(\\d{1,4})[ \\t]?[年년][ \\t]?(\\d{1,2})[ \\t]?[月월]"
              + "[ \\t]?(\\d{1,2})[ \\t]?[日일]");

  /** The year an era's year 1 falls in, less one. */
  private static final Map<String, Integer> ERAS =
      Map.of("民國", 1911, "民国", 1911, "明治", 1867, "大正", 1911, "昭和", 1925, "平成", 1988, "令和", 2018);

  private static Map<String, Integer> months() {
    var months = new java.util.HashMap<String, Integer>();
    String[][] names = {
      {
        "januar",
        "janvier",
        "enero",
        "gennaio",
        "janeiro",
        "januari",
        "stycznia",
        "styczeń",
        "janv",
        "tammikuuta",
        "ledna",
        "ianuarie",
        "siječnja",
        "ocak",
        "gener",
        "ιανουαρίου"
      },
      {
        "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "lutego",
        "helmikuuta", "února", "februarie", "veljače", "şubat", "pebrero", "febrer", "φεβρουαρίου"
      },
      {
        "märz",
        "maerz",
        "mars",
        "marzo",
        "março",
        "marco",
        "maart",
        "marca",
        "marzec",
        "marts",
        "maaliskuuta",
        "března",
        "martie",
        "ožujka",
        "mart",
        "marso",
        "maret",
        "març",
        "μαρτίου"
      },
      {
        "avril",
        "abril",
        "aprile",
        "kwietnia",
        "kwiecień",
        "huhtikuuta",
        "dubna",
        "aprilie",
        "travnja",
        "nisan",
        "απριλίου"
      },
      {
        "mai",
        "mayo",
        "maggio",
        "maio",
        "mei",
        "maja",
        "maj",
        "toukokuuta",
        "května",
        "svibnja",
        "mayıs",
        "maig",
        "μαΐου"
      },
      {
        "juni",
        "juin",
        "junio",
        "giugno",
        "junho",
        "czerwca",
        "czerwiec",
        "kesäkuuta",
        "června",
        "iunie",
        "lipnja",
        "haziran",
        "hunyo",
        "juny",
        "ιουνίου"
      },
      {
        "juli",
        "juillet",
        "julio",
        "luglio",
        "julho",
        "lipca",
        "lipiec",
        "heinäkuuta",
        "července",
        "iulie",
        "srpnja",
        "temmuz",
        "hulyo",
        "juliol",
        "ιουλίου"
      },
      {
        "août",
        "aout",
        "agosto",
        "augustus",
        "sierpnia",
        "sierpień",
        "augusti",
        "elokuuta",
        "srpna",
        "kolovoza",
        "ağustos",
        "agustus",
        "agost",
        "αυγούστου"
      },
      {
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "setembro",
        "września",
        "wrzesień",
        "syyskuuta",
        "září",
        "septembrie",
        "rujna",
        "eylül",
        "setyembre",
        "setembre",
        "σεπτεμβρίου"
      },
      {
        "oktober",
        "octobre",
        "octubre",
        "ottobre",
        "outubro",
        "października",
        "październik",
        "lokakuuta",
        "října",
        "octombrie",
        "ekim",
        "oktubre",
        "οκτωβρίου"
      },
      {
        "novembre",
        "noviembre",
        "novembro",
        "listopada",
        "listopad",
        "marraskuuta",
        "listopadu",
        "noiembrie",
        "studenoga",
        "kasım",
        "nobyembre",
        "νοεμβρίου"
      },
      {
        "dezember",
        "décembre",
        "decembre",
        "diciembre",
        "dicembre",
        "dezembro",
        "grudnia",
        "desember",
        "joulukuuta",
        "prosince",
        "decembrie",
        "prosinca",
        "aralık",
        "disyembre",
        "desembre",
        "δεκεμβρίου"
      }
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
    } else if (text.startsWith("d'", j) || text.startsWith("d\u2019", j)) {
      j += 2; // Catalan: "11 d'agost 2001"
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
      add(text, m.start(), m.end(), date.get(), false, out);
    }
    if (text.indexOf('年') >= 0 || text.indexOf('년') >= 0) {
      findEastAsian(text, out);
    }
    return out;
  }

  private static void findEastAsian(String text, List<Detection> out) {
    var m = EAST_ASIAN.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(2));
      if (m.group(1) != null) {
        year += ERAS.get(m.group(1));
      } else if (m.group(2).length() != 4) {
        continue;
      }
      var date = CalendarDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
      if (date.isPresent()) {
        // "昭和20年1月20日生": the character for "born" after the date
        boolean born = m.end() < text.length() && text.charAt(m.end()) == '生';
        add(text, m.start(), m.end(), date.get(), born, out);
      }
    }
  }

  private static void add(
      String text, int start, int end, LocalDate date, boolean born, List<Detection> out) {
    boolean birth = born || DateCues.BIRTH.precedes(text, start, 6);
    out.add(
        new Detection(
            birth ? EntityKind.DOB : EntityKind.DATE,
            start,
            end,
            birth ? 0.92 : 0.88,
            Pass.REGEX,
            date.toString()));
  }
}
