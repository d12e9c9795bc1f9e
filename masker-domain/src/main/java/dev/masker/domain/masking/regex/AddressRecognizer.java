package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Street addresses: a house number, one to four street-name words and a street suffix ("1600
 * Pennsylvania Avenue", "42 W. Elm St.", "350 fifth ave apt 4b", "148-b larkin parkway", "12 Oak
 * Ridge Court, Suite 200"), with an optional unit, and post-office boxes ("P.O. Box 1234"). Street
 * names made of ordinary words ("5 miles down the road", "2 pills a day way") are rejected by a
 * stop list; lower-case names, and suffixes that are also common words (way, place, court, drive…),
 * lower the confidence. Canonical form: the text as written. City, state and ZIP are not part of
 * the span (the ZIP and lexicon recognizers cover them).
 */
public final class AddressRecognizer implements Recognizer {
  private static final String SUFFIX =
      "(street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl"
          + "|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|plaza|plz"
          + "|alley|loop|pike|route|rte|crescent|close|row|path|walk|expressway|freeway)";
  private static final Pattern STREET =
      Pattern.compile(
          "(?<![\\w$#.,/-])(\\d{1,6}[a-z]?)(?:-\\d{1,4}|-[a-z](?=[ \\t]))?[ \\t]{1,2}"
              + "((?:[a-z0-9][a-z'.-]{0,20}[ \\t]{1,2}){0,3}[a-z][a-z'-]{0,20})[ \\t]{1,2}"
              + SUFFIX
              + "(?![\\w])\\.?"
              + "(?:,?[ \\t]{1,2}(?:(?:apt|apartment|suite|ste|unit|room|rm|floor|fl)\\b\\.?"
              + "[ \\t]?#?|no\\b\\.?[ \\t]?#?(?=[ \\t]?\\d)|#)[ \\t]?[a-z0-9][a-z0-9-]{0,5}"
              + "(?![\\w]))?",
          Pattern.CASE_INSENSITIVE);

  /**
   * The boxes and bags of other posts: "PMB 6706", "Private Mail Bag 12", "Caixa Postal 2724",
   * "Postfach 12 34", "Apartado de correos 55", "Boîte postale 45", "Casella postale 12", "Postbus
   * 123", "Skrytka pocztowa 7", "Locked Bag 9", "GPO Box 4", a rural route's box "RR 1 Box 884".
   */
  private static final Pattern MAIL_BAG =
      Pattern.compile(
          "(?<![\\w])(?:p\\.?[ \\t]?m\\.?[ \\t]?b\\.?|private[ \\t]mail[ \\t]bag"
              + "|caixa[ \\t]postal|postfach|apartado(?:[ \\t]de[ \\t]correos)?"
              + "|bo[iî]te[ \\t]postale|casella[ \\t]postale|postbus|skrytka[ \\t]pocztowa"
              + "|locked[ \\t]bag|gpo[ \\t]box|rr[ \\t]\\d{1,3}[ \\t]box)[ \\t]{1,2}(?:n[o°º]\\.?[ \\t]?)?\\d{1,6}"
              + "(?:[ \\t]\\d{2,4})?(?![\\w])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final String[] MAIL_BAG_P = {"pm", "p.m", "p m", "pri", "postf", "postb"};
  private static final String[] MAIL_BAG_C = {"cai", "cas"};
  private static final String[] MAIL_BAG_STARTS = {"apa", "boi", "boî", "skr", "loc", "gpo", "rr "};

  private static final Pattern PO_BOX =
      Pattern.compile(
          "(?<![\\w])(?:p\\.?[ \\t]?o\\.?|post[ \\t]office)[ \\t]?box[ \\t]{1,2}#?[ \\t]?\\d{1,8}(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> ORDINARY_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "to",
          "of",
          "in",
          "on",
          "at",
          "by",
          "for",
          "from",
          "and",
          "or",
          "but",
          "my",
          "your",
          "his",
          "her",
          "our",
          "their",
          "this",
          "that",
          "these",
          "those",
          "it",
          "is",
          "was",
          "are",
          "be",
          "down",
          "up",
          "off",
          "over",
          "into",
          "out",
          "times",
          "time",
          "minutes",
          "minute",
          "hours",
          "hour",
          "days",
          "day",
          "weeks",
          "week",
          "months",
          "month",
          "years",
          "year",
          "miles",
          "mile",
          "blocks",
          "block",
          "pills",
          "pill",
          "tablets",
          "tablet",
          "mg",
          "doses",
          "dose",
          "more",
          "less",
          "other",
          "all",
          "some",
          "every",
          "each",
          "per",
          "across",
          "along",
          "near",
          "with",
          "just",
          "then",
          "when",
          "i",
          "you",
          "we",
          "they",
          "he",
          "she",
          "me",
          "us",
          "them",
          "have",
          "had",
          "has",
          "do",
          "did",
          "not",
          "no",
          "kids",
          "people",
          "cars",
          "steps",
          "feet",
          "ft",
          "meters",
          "km",
          "ways",
          "am",
          "pm",
          "o'clock",
          "oclock",
          "floors",
          "different",
          "new",
          "old",
          "same",
          "first",
          "last",
          "next");
  private static final Set<String> COMMON_WORD_SUFFIXES =
      Set.of(
          "way",
          "place",
          "court",
          "drive",
          "circle",
          "square",
          "trail",
          "walk",
          "row",
          "path",
          "close",
          "loop",
          "route",
          "terrace",
          "plaza",
          "alley",
          "crescent",
          "dr",
          "pl",
          "ct",
          "st",
          "sq",
          "ter");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    Anchored m = Anchored.atDigitWordStarts(STREET, text, AddressRecognizer::mayStartStreet);
    while (m.find()) {
      String name = m.group(2);
      if (hasOrdinaryWord(name)) {
        continue;
      }
      String suffix = m.group(3);
      boolean capitalised =
          Character.isUpperCase(name.charAt(0)) || Character.isDigit(name.charAt(0));
      boolean commonSuffix = COMMON_WORD_SUFFIXES.contains(suffix.toLowerCase(Locale.ROOT));
      double confidence;
      if (capitalised) {
        confidence = commonSuffix && Character.isLowerCase(suffix.charAt(0)) ? 0.7 : 0.85;
      } else {
        confidence = commonSuffix ? 0.55 : 0.7;
      }
      if (confidence < 0.6) {
        continue;
      }
      int end = m.end();
      out.add(
          new Detection(
              EntityKind.ADDRESS,
              m.start(),
              end,
              confidence,
              Pass.REGEX,
              text.substring(m.start(), end)));
    }
    Anchored box =
        Anchored.atWordStarts(
            PO_BOX,
            text,
            (t, i) -> (t.charAt(i) == 'p' || t.charAt(i) == 'P') && Anchored.WORD_START.at(t, i));
    while (box.find()) {
      out.add(
          new Detection(
              EntityKind.ADDRESS,
              box.start(),
              box.end(),
              0.9,
              Pass.REGEX,
              text.substring(box.start(), box.end())));
      int code = box.end() + 1;
      if (code + 5 <= text.length()
          && text.charAt(box.end()) == '-'
          && Anchored.digitRunAt(text, code, 5, 5)) {
        // "P.O. Box 64754-30100, Nairobi": Kenya writes the post office's code after the box
        out.add(
            new Detection(
                EntityKind.ZIP, code, code + 5, 0.85, Pass.REGEX, text.substring(code, code + 5)));
      }
    }
    ScriptAddresses.find(text, out);
    Anchored bag = Anchored.atWordStarts(MAIL_BAG, text, AddressRecognizer::mayStartMailBag);
    while (bag.find()) {
      out.add(
          new Detection(
              EntityKind.ADDRESS,
              bag.start(),
              bag.end(),
              0.9,
              Pass.REGEX,
              text.substring(bag.start(), bag.end())));
    }
    return out;
  }

  /** A word that may start a box or bag of another country's post ("Caixa", "PMB", "Postfach"). */
  private static boolean mayStartMailBag(String text, int i) {
    char c = text.charAt(i);
    String[] prefixes;
    switch (c | 0x20) {
      case 'p' -> prefixes = MAIL_BAG_P;
      case 'c' -> prefixes = MAIL_BAG_C;
      case 'a', 'b', 's', 'l', 'g', 'r' -> prefixes = MAIL_BAG_STARTS;
      default -> {
        return false;
      }
    }
    if (!Anchored.WORD_START.at(text, i)) {
      return false;
    }
    for (String prefix : prefixes) {
      if (Anchored.startsWith(text, i, prefix)) {
        return true;
      }
    }
    return false;
  }

  /** A house number (1 to 6 digits, a letter, a "-12" or "-b" part) and a blank after it. */
  private static boolean mayStartStreet(String text, int i) {
    if (!Anchored.digitRunAt(text, i, 1, 6)) {
      return false;
    }
    int j = i + Anchored.digitsAt(text, i, 6);
    if (j < text.length() && Anchored.isAsciiLetter(text.charAt(j))) {
      j++;
    }
    if (Anchored.oneOfAt(text, j, "-")) {
      int digits = Anchored.digitsAt(text, j + 1, 5);
      if (digits >= 1 && digits <= 4) {
        j += 1 + digits;
      } else if (j + 1 < text.length() && Anchored.isAsciiLetter(text.charAt(j + 1))) {
        j += 2; // "148-b larkin parkway"
      }
    }
    int blanks = 0;
    while (blanks < 2 && Anchored.oneOfAt(text, j, " \t")) {
      j++;
      blanks++;
    }
    if (blanks == 0 || j >= text.length()) {
      return false;
    }
    // the street name starts with a letter, or is a number word such as "5th" or "4"
    char c = text.charAt(j);
    return Anchored.isAsciiLetter(c)
        || (Anchored.isAsciiDigit(c)
            && (j + 1 == text.length() || !Anchored.isAsciiDigit(text.charAt(j + 1))));
  }

  private static boolean hasOrdinaryWord(String name) {
    int i = 0;
    int length = name.length();
    while (i < length) {
      while (i < length && (name.charAt(i) == ' ' || name.charAt(i) == '\t')) {
        i++;
      }
      int start = i;
      while (i < length && name.charAt(i) != ' ' && name.charAt(i) != '\t') {
        i++;
      }
      if (i > start) {
        String word = name.substring(start, i).toLowerCase(Locale.ROOT);
        if (word.endsWith(".")) {
          word = word.substring(0, word.length() - 1);
        }
        if (ORDINARY_WORDS.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }
}
