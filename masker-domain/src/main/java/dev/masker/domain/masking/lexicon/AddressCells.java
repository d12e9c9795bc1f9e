package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cells after a street address that ends its cell: an address written over several lines or in
 * the cells of a record ("Szent István utca 85.\nPécs\n8268\nHungary", "| Travessa Rafaela Simão,
 * 63 | 6107-876 | Tarouca |", "Šťastná 35^^Levoča^^955 23^SK"). When the next two cells hold a
 * postal code of any country's shape and a town (in either order), the code is a ZIP and the town a
 * LOCATION: the pair beside a street is what makes them sure, so one alone is left to the other
 * rules. A cell is delimited by a line break, {@code |}, {@code ^}, {@code ;} or a tab; a town cell
 * is one to four words of letters beginning with a capital, not a country, not only ordinary words.
 *
 * <p>Each address reads at most {@link #MAX_READ} chars after it: linear.
 */
final class AddressCells {

  static final double CONFIDENCE = 0.85;
  private static final int MAX_READ = 80;
  private static final int MAX_CELL = 40;
  private static final int MAX_TAIL = 16;
  private static final int MAX_TOWN_WORDS = 4;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> COUNTRIES = Lexicon.read("country-names.txt");

  private AddressCells() {}

  /** Adds the postal code and town in the cells after each street address of {@code found}. */
  static void extend(String raw, Lexicon lexicon, List<Detection> found) {
    List<Detection> added = new ArrayList<>(2);
    for (Detection address : found) {
      if (address.kind() == EntityKind.ADDRESS) {
        read(raw, lexicon, address.end(), found, added);
      }
    }
    if (!added.isEmpty()) {
      found.addAll(added);
      found.sort(java.util.Comparator.comparingInt(Detection::start));
    }
  }

  private static void read(
      String raw, Lexicon lexicon, int from, List<Detection> found, List<Detection> added) {
    int length = raw.length();
    int limit = Math.min(length, from + MAX_READ);
    // a quoted CSV row ("ul. Ogrodowa 109/27","18-229","Lublin"): the address ends its quoted cell
    boolean quoted = from + 1 < length && raw.charAt(from) == '"' && raw.charAt(from + 1) == ',';
    int c = from;
    while (c < limit && c - from <= MAX_TAIL && !separator(raw.charAt(c), quoted)) {
      c++; // a unit the street rules left: ". fszt. 4.", ", r/c"
    }
    if (c >= limit || !separator(raw.charAt(c), quoted)) {
      return; // the address goes on in its cell: the prose rules read what follows
    }
    int[] starts = new int[2];
    int[] ends = new int[2];
    int cells = 0;
    while (cells < 2 && c < limit) {
      while (c < limit && (separator(raw.charAt(c), quoted) || raw.charAt(c) == ' ')) {
        c++;
      }
      int start = c;
      while (c < limit && !separator(raw.charAt(c), quoted)) {
        c++;
      }
      if (c >= limit && c < length) {
        return; // the cell runs past what is read
      }
      int end = c;
      while (end > start && " .,".indexOf(raw.charAt(end - 1)) >= 0) {
        end--;
      }
      if (end == start || end - start > MAX_CELL) {
        return;
      }
      starts[cells] = start;
      ends[cells] = end;
      cells++;
    }
    if (cells < 2) {
      return;
    }
    int code = postal(raw, starts[0], ends[0]) ? 0 : postal(raw, starts[1], ends[1]) ? 1 : -1;
    if (code < 0) {
      return;
    }
    int town = 1 - code;
    if (!town(raw, lexicon, starts[town], ends[town])
        || covered(added, starts[0], ends[1])
        || covered(found, starts[town], ends[town])) {
      return;
    }
    String codeValue = raw.substring(starts[code], ends[code]);
    String townValue =
        MARKS
            .matcher(
                Normalizer.normalize(raw.substring(starts[town], ends[town]), Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    if (covered(found, starts[code], ends[code])) {
      // "…","18-229","Lublin": the code was read already, its town was not
      added.add(
          new Detection(
              EntityKind.LOCATION, starts[town], ends[town], CONFIDENCE, Pass.LEXICON, townValue));
      return;
    }
    added.add(
        new Detection(
            EntityKind.ZIP,
            starts[code],
            ends[code],
            CONFIDENCE,
            Pass.LEXICON,
            codeValue.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT)));
    added.add(
        new Detection(
            EntityKind.LOCATION, starts[town], ends[town], CONFIDENCE, Pass.LEXICON, townValue));
  }

  private static boolean separator(char ch, boolean quoted) {
    return ch == '\n'
        || ch == '\r'
        || ch == '|'
        || ch == '^'
        || ch == ';'
        || ch == '\t'
        || quoted && (ch == '"' || ch == ',');
  }

  /** Whether a detection of {@code found} overlaps the span. */
  private static boolean covered(List<Detection> found, int start, int end) {
    for (Detection d : found) {
      if (d.start() < end && d.end() > start && d.kind() != EntityKind.NAME) {
        return true;
      }
    }
    return false;
  }

  /**
   * A postal code of any country: 3 to 10 characters, digits and capitals, at most two spaces or
   * hyphens, three digits or more, beginning with a digit or a capital ("8268", "955 23",
   * "6107-876", "LV-1050"); not a year-like number alone of four digits from 1900 to 2039.
   */
  static boolean postal(String raw, int start, int end) {
    int length = end - start;
    if (length < 3 || length > 10) {
      return false;
    }
    int digits = 0;
    int separators = 0;
    for (int c = start; c < end; c++) {
      char ch = raw.charAt(c);
      if (ch >= '0' && ch <= '9') {
        digits++;
      } else if (ch == ' ' || ch == '-') {
        separators++;
      } else if (!(ch >= 'A' && ch <= 'Z')) {
        return false;
      }
    }
    if (digits == 4 && length == 4) {
      int year = Integer.parseInt(raw.substring(start, end));
      if (year >= 1900 && year <= 2039) {
        return false;
      }
    }
    return digits >= 3 && separators <= 2;
  }

  /** One to four words of letters, the first capitalised, not a country, not only common words. */
  private static boolean town(String raw, Lexicon lexicon, int start, int end) {
    if (!Character.isUpperCase(raw.charAt(start))) {
      return false;
    }
    int words = 1;
    for (int c = start; c < end; c++) {
      char ch = raw.charAt(c);
      if (ch == ' ') {
        words++;
      } else if (!Character.isLetter(ch) && ch != '-' && ch != '\'' && ch != '.') {
        return false;
      }
    }
    if (words > MAX_TOWN_WORDS) {
      return false;
    }
    String folded =
        MARKS
            .matcher(Normalizer.normalize(raw.substring(start, end), Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    if (COUNTRIES.contains(folded)) {
      return false;
    }
    for (String word : folded.split("[ -]")) {
      if (!word.isEmpty() && !lexicon.isCommonWord(word) && !lexicon.isFunctionWord(word)) {
        return true;
      }
    }
    return false;
  }
}
