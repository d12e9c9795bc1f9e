package dev.masker.domain.masking.spoken;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words {@link ForeignSpokenDates} reads dates of French, Spanish, Portuguese, German and
 * Italian with: month names, number words (and the parts German and Italian join numbers from),
 * ordinal days a number word does not say, and words of birth.
 */
final class ForeignDateWords {
  private ForeignDateWords() {}

  static final Map<String, Integer> MONTHS = months();

  static final Map<String, Integer> NUMBERS = numbers();

  static final Map<String, Integer> ORDINAL_DAYS =
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

  static final Set<String> BIRTH_WORDS =
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
