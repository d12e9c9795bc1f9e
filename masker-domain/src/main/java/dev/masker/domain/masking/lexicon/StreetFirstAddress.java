package dev.masker.domain.masking.lexicon;

import java.util.Set;

/**
 * Street addresses as most of the world writes them, read on the tokens of a written text: the
 * street before its house number ("Calle Mayor 7", "Rua das Flores, 1634", "Via Roma 10", "ul.
 * Kwiatowa 5", "Hauptstraße 12", "Berliner Straße 12a", "Björkgränden 74"), the French house number
 * before a street type ("12 rue de la Paix", "37 impasse Saint-Séverin"), and the house number
 * before the road of Japan and Korea ({@link EastAsianAddress}), each with up to two unit
 * designators after it ({@link AddressUnits}: "Apt. 4", "3º B", "Piso 3", "#139"). Street words
 * must be written with a capital (particles such as "de", "das", "della" aside), so ordinary
 * lower-case prose ("via email 3 times") is not an address.
 */
final class StreetFirstAddress {
  private static final Set<String> TYPES = Lexicon.read("street-types.txt");
  private static final Set<String> ENDINGS = Lexicon.read("street-name-endings.txt");
  private static final Set<String> PARTICLES = Lexicon.read("street-name-particles.txt");

  /** Street types written after the name, in lower case ("Váci utca 12", "Tamme tee 5"). */
  private static final Set<String> TYPES_AFTER_NAME = Lexicon.read("street-types-after-name.txt");

  /** Types after the name that Turkish writes with a capital ("Atatürk Caddesi No: 12"). */
  private static final Set<String> CAPITALISED_TYPES_AFTER_NAME =
      Set.of("caddesi", "cad", "cd", "sokak", "sokagi", "sok", "sk", "bulvari", "blv");

  /** Croatian and Serbian types written after the name with a capital ("Rakaljski Put 41"). */
  private static final Set<String> CAPITALISED_ONLY_TYPES = Set.of("put", "obala", "prilaz");

  /** Words for "number" between a street and its house number ("Caddesi No: 12", "Nr. 4"). */
  private static final Set<String> NUMBER_WORDS = Set.of("no", "nr", "numara", "num");

  /** Street types written in lower case in their country ("ul.", "al.", "os."). */
  private static final Set<String> LOWER_CASE_TYPES = Set.of("ul", "al", "os");

  /** German prepositions that open a street name ("Am Sportplatz 197", "Zur Alten Mühle 3"). */
  private static final Set<String> PREPOSITIONS =
      Set.of("am", "im", "zum", "zur", "auf", "beim", "in", "an");

  /** Prepositions that open a street name only before an article ("In der Birkenau 5"). */
  private static final Set<String> ARTICLE_PREPOSITIONS = Set.of("in", "an");

  /** Days, months and times of day: "Am Montag 12 Uhr" is a time, not a street. */
  private static final Set<String> CALENDAR_WORDS =
      Set.of(
          "montag",
          "dienstag",
          "mittwoch",
          "donnerstag",
          "freitag",
          "samstag",
          "sonntag",
          "wochenende",
          "morgen",
          "abend",
          "januar",
          "februar",
          "marz",
          "april",
          "mai",
          "juni",
          "juli",
          "august",
          "september",
          "oktober",
          "november",
          "dezember",
          "ende",
          "anfang");

  /** Articles after such a preposition ("Auf der Heide 5"). */
  private static final Set<String> ARTICLES = Set.of("der", "dem", "den", "die", "das");

  /** Street types that follow the house number ("12 rue de la Paix"). */
  private static final Set<String> AFTER_NUMBER_TYPES =
      Set.of(
          "rue",
          "avenue",
          "boulevard",
          "bd",
          "impasse",
          "allee",
          "place",
          "chemin",
          "quai",
          "route",
          "cours",
          "chaussee",
          "passage",
          "square",
          "voie",
          "rua",
          "via",
          "calle",
          "avenida",
          "duong",
          "\u0111uong"); // Vietnam: "210/12 Đường Phan Chu Trinh", its Đ kept by the folding

  private static final int MAX_NAME_TOKENS = 5;

  private StreetFirstAddress() {}

  /** The token after an address starting at token {@code i}, or {@code i}. */
  static int end(TokenizedText text, int i) {
    int end = streetBeforeNumber(text, i);
    if (end == i) {
      end = numberBeforeStreetType(text, i);
    }
    if (end == i) {
      end = EastAsianAddress.blockNumber(text, i);
    }
    if (end == i) {
      end = EastAsianAddress.koreanRoad(text, i);
    }
    return end == i ? i : AddressUnits.end(text, end);
  }

  private static int streetBeforeNumber(TokenizedText text, int i) {
    int size = text.size();
    String word = text.word(i);
    int name;
    boolean calle = calleAbbreviation(text, i);
    if (TYPES.contains(word) && (upper(text, i) || LOWER_CASE_TYPES.contains(word)) || calle) {
      // "Calle Mayor 7": a type, then capitalised name words and particles
      int t = i + 1;
      int capitals = 0;
      while (t < size
          && t - i <= MAX_NAME_TOKENS
          && (spaced(text, t) || calle && t == i + 1)
          && !isHouseNumber(text, t)
          && numberWord(text, t) == t) {
        if (upper(text, t)) {
          capitals++;
        } else if (!PARTICLES.contains(text.word(t))) {
          return i;
        }
        t++;
      }
      if (capitals == 0) {
        return numberedStreet(text, i);
      }
      name = t;
    } else if (upper(text, i) && PREPOSITIONS.contains(word)) {
      // "Am Sportplatz 197", "Auf der Heide 5": capitalised words after the preposition
      int t = i + 1;
      if (t < size && spaced(text, t) && ARTICLES.contains(text.word(t))) {
        t++;
      } else if (ARTICLE_PREPOSITIONS.contains(word)) {
        return i; // "In March 12 …", "An 2 Tagen"
      }
      int first = t;
      while (t < size
          && t - first < 3
          && spaced(text, t)
          && upper(text, t)
          && !isHouseNumber(text, t)) {
        t++;
      }
      if (t == first || CALENDAR_WORDS.contains(text.word(first))) {
        return i;
      }
      name = t;
    } else if (upper(text, i) && hasEnding(word)) {
      name = i + 1; // "Hauptstraße 12"
    } else if (upper(text, i)
        && i + 1 < size
        && spaced(text, i + 1)
        && upper(text, i + 1)
        && ENDINGS.contains(text.word(i + 1))) {
      name = i + 2; // "Berliner Straße 12"
    } else if (upper(text, i) && (name = englishTypeAfterName(text, i)) > i) {
      // "Weizmann St 54, apt 35": an English type after the name, the number after it
    } else if (upper(text, i) && (name = typeAfterName(text, i)) > i) {
      // "Váci utca 12", "Ady Endre út 5": the name, then its type in lower case
    } else {
      return i;
    }
    int number = numberWord(text, name);
    if (number > name) {
      return number + 1; // "Erdman Caddesi No: 155"
    }
    if (name >= size || !isHouseNumber(text, name) || !joined(text, name)) {
      return i;
    }
    if (ARTICLE_PREPOSITIONS.contains(word)
        && name + 1 < size
        && text.gapBefore(name + 1) == TokenizedText.GAP_SPACE
        && !upper(text, name + 1)) {
      return i; // "In der Regel 3 mal täglich"
    }
    return name + 1;
  }

  /** English street types that Israel, Cyprus and others write between name and number. */
  private static final Set<String> ENGLISH_TYPES =
      Set.of("st", "street", "rd", "road", "ave", "avenue", "blvd", "lane", "ln");

  /**
   * "Weizmann St 54, apt 35", "Ben Yehuda Street 12\n…": one or two capitalised words that are no
   * ordinary word, a capitalised English type, then a house number that ends its clause (a comma, a
   * line break, the end). Returns the token of the number, or {@code i}.
   */
  private static int englishTypeAfterName(TokenizedText text, int i) {
    int size = text.size();
    int type = i + 1;
    if (type < size
        && spaced(text, type)
        && upper(text, type)
        && !ENGLISH_TYPES.contains(text.word(type))) {
      type++; // "Ben Yehuda Street"
    }
    int number = type + 1;
    if (number >= size
        || !spaced(text, type)
        || !upper(text, type)
        || !ENGLISH_TYPES.contains(text.word(type))
        || text.gapBefore(number) != TokenizedText.GAP_SPACE
        || !isHouseNumber(text, number)
        || number + 1 < size
            && text.gapBefore(number + 1) == TokenizedText.GAP_SPACE
            && !UnlistedTowns.lineBreakBefore(text, number + 1)) {
      return i;
    }
    for (int t = i; t < type; t++) {
      if (!upper(text, t)
          || UnlistedTowns.hasDigit(text.word(t))
          || Lexicon.standard().isCommonWord(text.word(t))) {
        return i;
      }
    }
    return number;
  }

  /** "C/ San Vicente": Spain's "C/" for "calle", a capital C, a slash and a blank. */
  private static boolean calleAbbreviation(TokenizedText text, int i) {
    int end = text.end(i);
    return text.word(i).equals("c")
        && upper(text, i)
        && i + 1 < text.size()
        && text.start(i + 1) == end + 2
        && text.text().charAt(end) == '/'
        && text.text().charAt(end + 1) == ' ';
  }

  /**
   * A street known by a number, then the house number after "No." or "#" ("Calle 60 No. 495",
   * "Carrera 7 # 32-16"), as Mexico and Colombia write them: returns the token after, or {@code i}.
   */
  private static int numberedStreet(TokenizedText text, int i) {
    int size = text.size();
    int street = i + 1;
    if (street + 1 >= size
        || !spaced(text, street)
        || !isHouseNumber(text, street)
        || text.word(street).length() > 4) {
      return i;
    }
    int house = numberWord(text, street + 1);
    boolean hash = house == street + 1;
    if (hash) {
      String raw = text.text();
      String between = raw.substring(text.end(street), text.start(street + 1)).strip();
      if (!between.equals("#") || !isHouseNumber(text, street + 1)) {
        return i;
      }
    }
    int end = house + 1;
    boolean door =
        end < size
            && text.isDigits(end)
            && text.start(end) - text.end(house) == 1
            && text.text().charAt(text.end(house)) == '-';
    if (door) {
      end++; // "32-16": the plot and the door
    } else if (hash) {
      return i; // "#" alone is no house number: "Carrera 7 # 32-16" has both parts
    }
    return end;
  }

  /**
   * "No: 12", "No. 12", "Nr. 4": a word for "number" between the street and its house number is
   * part of the address. Returns the token of the house number, or {@code t}.
   */
  private static int numberWord(TokenizedText text, int t) {
    if (t + 1 >= text.size()
        || !NUMBER_WORDS.contains(text.word(t))
        || !upper(text, t) && !text.word(t).equals("nr") // Romanian "Str. Unirii nr. 4"
        || !spaced(text, t)
        || !isHouseNumber(text, t + 1)) {
      return t;
    }
    String raw = text.text();
    for (int c = text.end(t); c < text.start(t + 1); c++) {
      if (":. ".indexOf(raw.charAt(c)) < 0) {
        return t;
      }
    }
    return t + 1;
  }

  /**
   * Capitalised words (a particle inside allowed) and a street type written after them ("Váci
   * utca", "Ady Endre út", "Tamme tee"): returns the token after the type, or {@code i}.
   */
  private static int typeAfterName(TokenizedText text, int i) {
    int size = text.size();
    for (int t = i + 1; t < size && t - i <= 3 && spaced(text, t); t++) {
      if (TYPES_AFTER_NAME.contains(text.word(t))
              && (!upper(text, t) || CAPITALISED_TYPES_AFTER_NAME.contains(text.word(t)))
          || CAPITALISED_ONLY_TYPES.contains(text.word(t)) && upper(text, t)) {
        return t + 1;
      }
      if (!upper(text, t) && !PARTICLES.contains(text.word(t)) || isHouseNumber(text, t)) {
        return i;
      }
    }
    return i;
  }

  /** "12 rue de la Paix", "37 impasse Saint-Séverin": returns the token after, or i. */
  private static int numberBeforeStreetType(TokenizedText text, int i) {
    int size = text.size();
    if (!isHouseNumber(text, i)
        || i + 2 >= size
        || text.gapBefore(i + 1) == TokenizedText.GAP_STOP
        || !AFTER_NUMBER_TYPES.contains(text.word(i + 1))) {
      return i;
    }
    int t = i + 2;
    int capitals = 0;
    int last = -1;
    while (t < size && t - i - 1 <= MAX_NAME_TOKENS && spaced(text, t)) {
      if (upper(text, t)) {
        capitals++;
        last = t;
      } else if (!PARTICLES.contains(text.word(t))) {
        break;
      }
      t++;
    }
    return capitals == 0 ? i : last + 1;
  }

  /** A small word inside a street or town name ("de", "das", "della"). */
  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  /** A house number: 1 to 5 digits, maybe with one or two letters ("41a") or a range ("7-9"). */
  static boolean isHouseNumber(TokenizedText text, int t) {
    String word = text.word(t);
    int length = word.length();
    int digits = 0;
    while (digits < length && Character.isDigit(word.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 5) {
      return false;
    }
    if (digits == length) {
      return true;
    }
    String rest = word.substring(digits);
    if (rest.length() <= 2 && rest.chars().allMatch(Character::isLetter)) {
      return !rest.equals("st") && !rest.equals("nd") && !rest.equals("rd") && !rest.equals("th");
    }
    return rest.length() >= 2
        && rest.charAt(0) == '-'
        && rest.substring(1).chars().allMatch(Character::isDigit)
        && rest.length() <= 4;
  }

  private static boolean hasEnding(String word) {
    int length = word.length();
    for (int k = 2; k <= 9 && k <= length - 2; k++) {
      if (ENDINGS.contains(word.substring(length - k))) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code t} follows the one before with blanks only, or a comma ("Rua X, 1634"). */
  static boolean joined(TokenizedText text, int t) {
    int gap = text.gapBefore(t);
    return gap == TokenizedText.GAP_SPACE
        || gap == TokenizedText.GAP_COMMA && commaOnly(text, t)
        || gap == TokenizedText.GAP_STOP && dotOnly(text, t);
  }

  /** Token {@code t} follows the one before with blanks or an abbreviation's dot. */
  static boolean spaced(TokenizedText text, int t) {
    int gap = text.gapBefore(t);
    return gap == TokenizedText.GAP_SPACE || gap == TokenizedText.GAP_STOP && dotOnly(text, t);
  }

  /** Only a comma and blanks between token {@code t} and the one before. */
  static boolean commaOnly(TokenizedText text, int t) {
    String raw = text.text();
    for (int c = text.end(t - 1); c < text.start(t); c++) {
      char ch = raw.charAt(c);
      if (ch != ',' && ch != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Only an abbreviation's dot and blanks between token {@code t} and the one before ("ul. X"). */
  static boolean dotOnly(TokenizedText text, int t) {
    String raw = text.text();
    int from = text.end(t - 1);
    int to = text.start(t);
    if (from >= to || raw.charAt(from) != '.') {
      return false;
    }
    for (int c = from + 1; c < to; c++) {
      if (raw.charAt(c) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Written with a capital letter first (at the start of a line or sentence too). */
  static boolean upper(TokenizedText text, int t) {
    String raw = text.text();
    int start = text.start(t);
    if (Character.isUpperCase(raw.charAt(start))) {
      return true;
    }
    // "d'Assas", "l'Abbaye": an elided particle before a capital
    return start + 2 < text.end(t)
        && (raw.charAt(start) == 'd' || raw.charAt(start) == 'l')
        && (raw.charAt(start + 1) == '\'' || raw.charAt(start + 1) == '\u2019')
        && Character.isUpperCase(raw.charAt(start + 2));
  }
}
