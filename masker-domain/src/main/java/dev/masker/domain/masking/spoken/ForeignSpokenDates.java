package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Dates said in the words of the other languages callers of a US clinic speak: French, Spanish,
 * Portuguese, German and Italian — "le quatorze mars mille neuf cent cinquante-sept", "el catorce
 * de marzo de mil novecientos cincuenta y siete", "am vierzehnten märz
 * neunzehnhundertsiebenundfünfzig", "il quattordici marzo millenovecentocinquantasette" (left open
 * by the eleventh hunt, ADR 30).
 *
 * <p>A month name of those languages counts with a day before it or a year after it, said in their
 * number words (German and Italian write a number as one word, read here by its parts) or in
 * digits. A day in digits with no year needs "de", "di" or a German full stop between it and the
 * month, so "add 2 mayo" stays a sandwich. A date with a birth word of any of the languages (or
 * English) before it is a DOB; a complete date has the canonical {@code yyyy-MM-dd}, so "le 14 mars
 * 1957" and the words for it are one value.
 */
final class ForeignSpokenDates {
  private static final int CUE_WINDOW = 10;
  private static final int MAX_RUN = 14;

  private static final Map<String, Integer> MONTHS = months();

  /** The number words of the five languages, and the parts German and Italian join them from. */
  private static final Map<String, Integer> NUMBERS = numbers();

  /** Words that join the parts of a number said as several words: "y", "e", "et", "und". */
  private static final Set<String> JOINERS = Set.of("y", "e", "et", "und");

  /** Words between a day, its month and its year: "de", "di", "del", "do", "da". */
  private static final Set<String> LINKS = Set.of("de", "di", "del", "do", "da", "of");

  private static final Map<String, Integer> ORDINAL_DAYS =
      Map.ofEntries(
          Map.entry("premier", 1),
          Map.entry("première", 1),
          Map.entry("primero", 1),
          Map.entry("primer", 1),
          Map.entry("primeiro", 1),
          Map.entry("primo", 1),
          Map.entry("erste", 1),
          Map.entry("ersten", 1),
          Map.entry("erster", 1),
          Map.entry("dritte", 3),
          Map.entry("dritten", 3),
          Map.entry("dritter", 3),
          Map.entry("siebte", 7),
          Map.entry("siebten", 7),
          Map.entry("siebter", 7),
          Map.entry("achte", 8),
          Map.entry("achten", 8),
          Map.entry("achter", 8));

  private static final Set<String> BIRTH_WORDS =
      Set.of(
          "née",
          "né",
          "nee",
          "naissance",
          "anniversaire",
          "nacido",
          "nacida",
          "nací",
          "naci",
          "nacimiento",
          "cumpleaños",
          "geboren",
          "geburtsdatum",
          "geburtstag",
          "nascimento",
          "nasci",
          "nascido",
          "nascida",
          "aniversário",
          "nato",
          "nata",
          "nascita",
          "compleanno",
          "born",
          "birth",
          "dob",
          "birthday");

  /** Adds every date said in those languages in {@code tokens} of {@code text} to {@code out}. */
  void find(String text, List<SpokenToken> tokens, List<Detection> out) {
    for (int m = 0; m < tokens.size(); m++) {
      var token = tokens.get(m);
      if (!token.isWord()) {
        continue;
      }
      Integer month = MONTHS.get(token.text());
      if (month != null) {
        m = date(text, tokens, m, month, out);
      }
    }
  }

  /** A date around the month at {@code m}; returns the index to go on from. */
  private int date(String text, List<SpokenToken> tokens, int m, int month, List<Detection> out) {
    int beforeMonth = m - 1;
    boolean linked = false;
    if (beforeMonth >= 0 && isLink(tokens.get(beforeMonth))) {
      linked = true;
      beforeMonth--;
    }
    Run day = dayBefore(tokens, beforeMonth);
    int afterMonth = m + 1;
    if (afterMonth < tokens.size() && isLink(tokens.get(afterMonth))) {
      afterMonth++;
    } else if (afterMonth < tokens.size() && tokens.get(afterMonth).is(",")) {
      afterMonth++;
    }
    Run year = yearAfter(tokens, afterMonth);
    boolean foreignMonth = !ENGLISH_MONTHS.contains(tokens.get(m).text());
    if (day != null && year == null && day.digits && !linked) {
      day = null;
    }
    if (day == null && year == null
        || !foreignMonth && (day == null || !day.words) && (year == null || !year.words)) {
      return m;
    }
    int first = day != null ? day.from : m;
    int last = year != null ? year.to : m;
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    String canonical = text.substring(start, end).toLowerCase(Locale.ROOT);
    if (day != null && year != null) {
      try {
        canonical = LocalDate.of((int) year.value, month, (int) day.value).toString();
      } catch (DateTimeException notADay) {
        // "le trente février …": said as a date all the same; kept as said
      }
    }
    boolean birth = birthCue(tokens, first, last);
    out.add(
        new Detection(
            birth ? EntityKind.DOB : EntityKind.DATE, start, end, 0.85, Pass.REGEX, canonical));
    return last;
  }

  private static final Set<String> ENGLISH_MONTHS =
      Set.of("april", "august", "september", "november");

  private static boolean isLink(SpokenToken token) {
    return LINKS.contains(token.text()) || token.is(".");
  }

  /** The day said in the tokens ending at {@code last}, or null. */
  private static Run dayBefore(List<SpokenToken> tokens, int last) {
    if (last < 0) {
      return null;
    }
    var token = tokens.get(last);
    if (token.isNumber()) {
      int value = token.text().length() <= 2 ? Integer.parseInt(token.text()) : 0;
      return value >= 1 && value <= 31 ? new Run(last, last, value, false, true) : null;
    }
    if (!token.isWord()) {
      return null;
    }
    Integer ordinal = ORDINAL_DAYS.get(token.text());
    if (ordinal != null) {
      return new Run(last, last, ordinal, true, false);
    }
    // the longest run of number words before the month that says a day: "vingt et un"
    Run best = null;
    for (int from = last; from >= Math.max(0, last - 3); from--) {
      long value = value(tokens, from, last);
      if (value >= 1 && value <= 31) {
        best = new Run(from, last, value, true, false);
      } else if (value < 0 && !JOINERS.contains(tokens.get(from).text())) {
        break;
      }
    }
    if (best == null) {
      long value = NUMBERS.containsKey(token.text()) ? -1 : germanOrdinal(token.text());
      if (value >= 1 && value <= 31) {
        best = new Run(last, last, value, true, false);
      }
    }
    return best;
  }

  /** The year of four figures said in the tokens from {@code first}, or null. */
  private static Run yearAfter(List<SpokenToken> tokens, int first) {
    if (first >= tokens.size()) {
      return null;
    }
    var token = tokens.get(first);
    if (token.isNumber()) {
      int value = token.text().length() == 4 ? Integer.parseInt(token.text()) : 0;
      return value >= 1900 && value <= 2099 ? new Run(first, first, value, false, true) : null;
    }
    Run best = null;
    for (int to = first; to < Math.min(tokens.size(), first + MAX_RUN); to++) {
      var word = tokens.get(to);
      if (!word.isWord()) {
        if (word.is("-")) {
          continue; // "cinquante-sept"
        }
        break;
      }
      if (!JOINERS.contains(word.text()) && parts(word.text()) == null) {
        break;
      }
      long value = value(tokens, first, to);
      if (value >= 1900 && value <= 2099) {
        best = new Run(first, to, value, true, false);
      }
    }
    return best;
  }

  /** The number the words from {@code from} to {@code to} say, or -1. */
  private static long value(List<SpokenToken> tokens, int from, int to) {
    long total = 0;
    long current = 0;
    int previous = -1;
    boolean any = false;
    for (int i = from; i <= to; i++) {
      var token = tokens.get(i);
      if (token.is("-") || JOINERS.contains(token.text())) {
        if (i == from || i == to) {
          return -1;
        }
        continue;
      }
      int[] parts = token.isWord() ? parts(token.text()) : null;
      if (parts == null) {
        return -1;
      }
      for (int part : parts) {
        if (part == 100) {
          current = (current == 0 ? 1 : current) * 100;
        } else if (part == 1000) {
          total += (current == 0 ? 1 : current) * 1000;
          current = 0;
        } else if (part == 20 && previous == 4) {
          current += 76; // French "quatre-vingt": four twenties
        } else {
          current += part;
        }
        previous = part;
        any = true;
      }
    }
    return any ? total + current : -1;
  }

  /**
   * The number words {@code word} is made of, or null: "cinquante" [50]; German and Italian join
   * them in one word, "neunzehnhundertsiebenundfünfzig" [19, 100, 7, 50], "millenovecento" [1000,
   * 9, 100].
   */
  static int[] parts(String word) {
    Integer whole = NUMBERS.get(word);
    if (whole != null) {
      return new int[] {whole};
    }
    if (word.length() < 6) {
      return null;
    }
    int[] found = new int[word.length()];
    int count = split(word, 0, found, 0);
    return count <= 1 ? null : java.util.Arrays.copyOf(found, count);
  }

  /** Splits {@code word} from {@code at} into number words, longest first; the count, or -1. */
  private static int split(String word, int at, int[] found, int count) {
    if (at == word.length()) {
      return count;
    }
    for (int end = Math.min(word.length(), at + LONGEST_PART); end > at + 1; end--) {
      Integer part = NUMBERS.get(word.substring(at, end));
      boolean joiner = word.startsWith("und", at) && end == at + 3;
      if (part == null && !joiner) {
        continue;
      }
      int next = joiner ? count : count + 1;
      if (!joiner) {
        found[count] = part;
      }
      int done = split(word, end, found, next);
      if (done >= 0) {
        return done;
      }
    }
    return -1;
  }

  private static final int LONGEST_PART = 14;

  /** A German ordinal day said in one word, "vierzehnten", "einundzwanzigsten", or -1. */
  private static long germanOrdinal(String word) {
    for (var suffix : List.of("sten", "ste", "ster", "ten", "te", "ter")) {
      if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
        int[] parts = parts(word.substring(0, word.length() - suffix.length()));
        if (parts != null) {
          long sum = 0;
          for (int part : parts) {
            sum += part;
          }
          return sum;
        }
      }
    }
    return -1;
  }

  private static boolean birthCue(List<SpokenToken> tokens, int first, int last) {
    for (int i = Math.max(0, first - CUE_WINDOW); i < first; i++) {
      if (BIRTH_WORDS.contains(tokens.get(i).text())) {
        return true;
      }
    }
    for (int i = last + 1; i < Math.min(tokens.size(), last + 4); i++) {
      if (BIRTH_WORDS.contains(tokens.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /** Number words from token {@code from} to {@code to} saying {@code value}. */
  private record Run(int from, int to, long value, boolean words, boolean digits) {}

  private static Map<String, Integer> months() {
    var months = new HashMap<String, Integer>();
    String[][] names = {
      {"janvier", "enero", "janeiro", "januar", "jänner", "gennaio"},
      {"février", "fevrier", "febrero", "fevereiro", "februar", "febbraio"},
      {"mars", "marzo", "março", "märz", "maerz"},
      {"avril", "abril", "april", "aprile"},
      {"mai", "mayo", "maio", "maggio"},
      {"juin", "junio", "junho", "juni", "giugno"},
      {"juillet", "julio", "julho", "juli", "luglio"},
      {"août", "aout", "agosto", "august"},
      {"septembre", "septiembre", "setiembre", "setembro", "september", "settembre"},
      {"octobre", "octubre", "outubro", "oktober", "ottobre"},
      {"novembre", "noviembre", "novembro", "november"},
      {"décembre", "decembre", "diciembre", "dezembro", "dezember", "dicembre"}
    };
    for (int month = 0; month < names.length; month++) {
      for (var name : names[month]) {
        months.put(name, month + 1);
      }
    }
    return Map.copyOf(months);
  }

  private static Map<String, Integer> numbers() {
    var numbers = new HashMap<String, Integer>();
    Object[][] words = {
      // French
      {0, "zéro"},
      {1, "un", "une"},
      {2, "deux"},
      {3, "trois"},
      {4, "quatre"},
      {5, "cinq"},
      {6, "six"},
      {7, "sept"},
      {8, "huit"},
      {9, "neuf"},
      {10, "dix"},
      {11, "onze"},
      {12, "douze"},
      {13, "treize"},
      {14, "quatorze"},
      {15, "quinze"},
      {16, "seize"},
      {20, "vingt", "vingts"},
      {30, "trente"},
      {40, "quarante"},
      {50, "cinquante"},
      {60, "soixante"},
      {100, "cent", "cents"},
      {1000, "mille"},
      // Spanish
      {0, "cero"},
      {1, "uno", "una"},
      {2, "dos"},
      {3, "tres"},
      {4, "cuatro"},
      {5, "cinco"},
      {6, "seis"},
      {7, "siete"},
      {8, "ocho"},
      {9, "nueve"},
      {10, "diez"},
      {11, "once"},
      {12, "doce"},
      {13, "trece"},
      {14, "catorce"},
      {15, "quince"},
      {16, "dieciséis", "dieciseis"},
      {17, "diecisiete"},
      {18, "dieciocho"},
      {19, "diecinueve"},
      {20, "veinte"},
      {21, "veintiuno", "veintiún"},
      {22, "veintidós", "veintidos"},
      {23, "veintitrés", "veintitres"},
      {24, "veinticuatro"},
      {25, "veinticinco"},
      {26, "veintiséis", "veintiseis"},
      {27, "veintisiete"},
      {28, "veintiocho"},
      {29, "veintinueve"},
      {30, "treinta"},
      {40, "cuarenta"},
      {50, "cincuenta"},
      {60, "sesenta"},
      {70, "setenta"},
      {80, "ochenta"},
      {90, "noventa"},
      {100, "cien", "ciento"},
      {200, "doscientos"},
      {300, "trescientos"},
      {400, "cuatrocientos"},
      {500, "quinientos"},
      {600, "seiscientos"},
      {700, "setecientos"},
      {800, "ochocientos"},
      {900, "novecientos"},
      {1000, "mil"},
      // Portuguese
      {1, "um", "uma"},
      {2, "dois", "duas"},
      {3, "três"},
      {4, "quatro"},
      {7, "sete"},
      {8, "oito"},
      {9, "nove"},
      {10, "dez"},
      {14, "catorze"},
      {16, "dezesseis", "dezasseis"},
      {17, "dezessete", "dezassete"},
      {18, "dezoito"},
      {19, "dezenove", "dezanove"},
      {20, "vinte"},
      {30, "trinta"},
      {40, "quarenta"},
      {50, "cinquenta"},
      {60, "sessenta"},
      {80, "oitenta"},
      {100, "cem", "cento"},
      {200, "duzentos"},
      {300, "trezentos"},
      {400, "quatrocentos"},
      {500, "quinhentos"},
      {600, "seiscentos"},
      {700, "setecentos"},
      {800, "oitocentos"},
      {900, "novecentos"},
      // German, also the parts of its joined numbers
      {0, "null"},
      {1, "ein", "eins", "eine"},
      {2, "zwei", "zwo"},
      {3, "drei"},
      {4, "vier"},
      {5, "fünf", "fuenf"},
      {6, "sechs"},
      {7, "sieben"},
      {8, "acht"},
      {9, "neun"},
      {10, "zehn"},
      {11, "elf"},
      {12, "zwölf", "zwoelf"},
      {13, "dreizehn"},
      {14, "vierzehn"},
      {15, "fünfzehn", "fuenfzehn"},
      {16, "sechzehn"},
      {17, "siebzehn"},
      {18, "achtzehn"},
      {19, "neunzehn"},
      {20, "zwanzig"},
      {30, "dreißig", "dreissig"},
      {40, "vierzig"},
      {50, "fünfzig", "fuenfzig"},
      {60, "sechzig"},
      {70, "siebzig"},
      {80, "achtzig"},
      {90, "neunzig"},
      {100, "hundert"},
      {1000, "tausend"},
      // Italian, also the parts of its joined numbers
      {2, "due"},
      {3, "tre", "tré"},
      {4, "quattro"},
      {5, "cinque"},
      {6, "sei"},
      {7, "sette"},
      {8, "otto"},
      {10, "dieci"},
      {11, "undici"},
      {12, "dodici"},
      {13, "tredici"},
      {14, "quattordici"},
      {15, "quindici"},
      {16, "sedici"},
      {17, "diciassette"},
      {18, "diciotto"},
      {19, "diciannove"},
      {20, "venti", "vent"},
      {30, "trenta", "trent"},
      {40, "quaranta", "quarant"},
      {50, "cinquanta", "cinquant"},
      {60, "sessanta", "sessant"},
      {70, "settanta", "settant"},
      {80, "ottanta", "ottant"},
      {90, "novanta", "novant"},
      {1000, "mila"}
    };
    for (var entry : words) {
      for (int i = 1; i < entry.length; i++) {
        numbers.putIfAbsent((String) entry[i], (Integer) entry[0]);
      }
    }
    return Map.copyOf(numbers);
  }
}
