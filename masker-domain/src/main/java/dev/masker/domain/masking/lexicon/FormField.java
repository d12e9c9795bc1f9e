package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.text.ScanSteps;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The value of a labelled field of a written form: a town after a place label ("City: Nice", "Ort:
 * Gießen", "Ciudad: La Coruña") is a LOCATION whatever its words, and a street after a street label
 * ("Street: Plaza Mayor 7, 3º B", "Address line 2: Flat 11", "Straße: Klief 122a") an ADDRESS. A
 * label starts the text, a line or a part of a line after {@code |}, {@code ;}, a tab, {@code " /
 * "}, {@code " - "}, a comma or a sentence stop, and ends with a colon; the value runs to the end
 * of the line or the next such separator (a street value keeps its commas, up to one before a
 * postal code and a town). A town value is one to six words without digits beginning with a
 * capital; an answer that is no value ("unknown", "n/a", "see attached") is not reported. Labels of
 * a whole address ("Address:") are left to the other rules, which split the postal code and the
 * town out of it. A postal-code label ("Postal code:", "zip=") before a code of any country's shape
 * makes it a ZIP. The label may be a quoted key ({@code "city": "Bonn"}, whose value runs to its
 * closing quote) or the key of a {@code key=value} pair ({@code city=Kehra; zip=74511}), where
 * "address" also labels a street without a comma; a list item's bullet ("- town: Biel") goes before
 * it. The element of a markup record is a field too ({@code <city>Graz</city>}, {@link
 * FieldElement}); what ends a value is read by {@link FieldBoundaries}.
 *
 * <p>One pass over the text, each label read at most {@link #MAX_LABEL} chars: linear.
 */
final class FormField {

  static final double CONFIDENCE = 0.85;
  static final int MAX_LABEL = 32;
  private static final Pattern SPACES = Pattern.compile(" +");

  /** {@code label} with each run of spaces made one space; most labels have none to join. */
  static String singleSpaced(String label) {
    return label.contains("  ") ? SPACES.matcher(label).replaceAll(" ") : label;
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern CLOSING = Pattern.compile("[.;)\\]}\"']+$");
  static final int MAX_VALUE = 100;
  private static final int MAX_TOWN_WORDS = 6;

  static final Set<String> PLACE_LABELS = Lexicon.read("place-field-labels.txt");
  static final Set<String> STREET_LABELS = Lexicon.read("street-field-labels.txt");
  private static final Set<String> BLANK_ANSWERS = Lexicon.read("field-blank-answers.txt");
  static final Set<String> POSTAL_LABELS = Lexicon.read("postal-field-labels.txt");
  static final int LONGEST_POSTAL_LABEL =
      POSTAL_LABELS.stream().mapToInt(String::length).max().orElse(0);

  /**
   * Keys of a record that hold a street ({@code "line1": "Kungsgatan 12"} inside an address object,
   * {@code address=…}); as written labels they would be too loose ("Line 1: metformin").
   */
  static final Set<String> KEYED_STREET_LABELS =
      Set.of("address", "addr", "line 1", "line 2", "line1", "line2", "street 1", "street 2");

  /**
   * "addressLine1" → "address Line 1", "postalCode" → "postal Code": a camel-case key as words; a
   * label of at most {@link #MAX_LABEL} chars.
   */
  static String words(String key) {
    StringBuilder out = new StringBuilder(key.length() + 4);
    for (int c = 0; c < key.length(); c++) {
      char ch = key.charAt(c);
      if (c > 0) {
        char before = key.charAt(c - 1);
        boolean camel = Character.isUpperCase(ch) && Character.isLowerCase(before);
        boolean digit = Character.isDigit(ch) && Character.isLetter(before);
        if (camel || digit) {
          out.append(' ');
        }
      }
      out.append(ch);
    }
    return out.toString();
  }

  /** Labels of a place that may also be a body site or a room: a town only before a country. */
  private static final Set<String> WEAK_PLACE_LABELS = Set.of("location", "place", "origin");

  private static final Set<String> COUNTRIES = Lexicon.read("country-names.txt");

  /** Postal labels that are also ordinary words or abbreviations ("cap 500 mg"): colon needed. */
  static final Set<String> AMBIGUOUS_POSTAL_LABELS =
      Set.of("cp", "c.p.", "cap", "npa", "postal", "pin code", "pincode", "pc");

  private FormField() {}

  static List<Detection> find(String raw) {
    List<Detection> found = new ArrayList<>();
    if (raw.indexOf('\n') >= 0) {
      PlaceColumns.find(raw, found);
    }
    CharSequence text = ScanSteps.readable(raw);
    int length = text.length();
    int i = 0;
    boolean segmentStart = true;
    while (i < length) {
      if (segmentStart) {
        int next = field(raw, text, i, found);
        if (next == i) {
          next = BareLabel.townAfterCode(raw, text, i, found);
        }
        segmentStart = false;
        if (next > i) {
          i = next;
          segmentStart = true;
          continue;
        }
      }
      char c = text.charAt(i);
      segmentStart =
          isSeparatorAt(text, i)
              || c == ','
              || c == '.'
              || c == ':'
              || c == '>' // "<street>…</street><city>…": the next element
              || c == ' ' && i + 1 < length && text.charAt(i + 1) == ' ' // "…  City: Moncton"
              || c == '&'
                  && FieldBoundaries.keyAt(text, i + 1); // "city=Graz&zip=8010": the next pair
      i++;
    }
    return found;
  }

  /** A line break, {@code |}, {@code ;}, a tab, or {@code " / "} / {@code " - "} at {@code i}. */
  static boolean isSeparatorAt(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '\r' || c == '|' || c == ';' || c == '\t') {
      return true;
    }
    return (c == '/' || c == '-' || c == '\u2013')
        && i > 0
        && text.charAt(i - 1) == ' '
        && i + 1 < text.length()
        && text.charAt(i + 1) == ' ';
  }

  /** A label and its value from {@code from}: returns where the value ends, or {@code from}. */
  private static int field(String raw, CharSequence text, int from, List<Detection> found) {
    int length = text.length();
    int start = from;
    while (start < length && " {[".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    if (start + 1 < length && "-*\u2022".indexOf(text.charAt(start)) >= 0) {
      start = text.charAt(start + 1) == ' ' ? start + 2 : start; // "- town: Biel", a list item
    }
    if (start < length && text.charAt(start) == '<') {
      return FieldElement.at(raw, text, start, from, found); // <city>Graz</city>
    }
    // a quoted key ("city": "Bonn", 'zip': '4040') or a key=value pair (city=Kehra; zip=74511)
    boolean quoted = start < length && (text.charAt(start) == '"' || text.charAt(start) == '\'');
    if (quoted) {
      start++;
    }
    int colon = start;
    while (colon < length
        && colon - start < MAX_LABEL
        && text.charAt(colon) != ':'
        && text.charAt(colon) != '\n'
        && (Character.isLetterOrDigit(text.charAt(colon))
            || " /&.-_".indexOf(text.charAt(colon)) >= 0
            || !quoted && text.charAt(colon) == '\'')) {
      colon++;
    }
    int labelEnd = colon;
    if (quoted && colon + 1 < length && text.charAt(colon) == text.charAt(start - 1)) {
      colon++; // the closing quote of the key
    }
    boolean keyed = quoted || colon < length && text.charAt(colon) == '=';
    if (!quoted && (colon >= length || text.charAt(colon) != ':' && text.charAt(colon) != '=')) {
      return BareLabel.code(raw, text, start, from, found);
    }
    if (labelEnd == start
        || colon >= length
        || !(text.charAt(colon) == ':'
            || !quoted
                && text.charAt(colon) == '='
                && colon > 0
                && text.charAt(colon - 1) != ' ')) {
      return from;
    }
    String label =
        words(raw.substring(start, labelEnd)).replace('_', ' ').strip().toLowerCase(Locale.ROOT);
    label = singleSpaced(label);
    EntityKind kind;
    if (PLACE_LABELS.contains(label)
        || WEAK_PLACE_LABELS.contains(label) && countryAfterComma(raw, colon + 1)) {
      kind = EntityKind.LOCATION;
    } else if (STREET_LABELS.contains(label) || keyed && KEYED_STREET_LABELS.contains(label)) {
      kind = EntityKind.ADDRESS;
    } else if (POSTAL_LABELS.contains(label)) {
      kind = EntityKind.ZIP;
    } else {
      return from;
    }
    int valueStart = colon + 1;
    while (valueStart < length
        && (text.charAt(valueStart) == ' ' || text.charAt(valueStart) == '\t')) {
      valueStart++;
    }
    if (quoted
        && valueStart < length
        && (text.charAt(valueStart) == '"' || text.charAt(valueStart) == '\'')) {
      return quotedValue(raw, text, valueStart, kind, found);
    }
    int end = valueStart;
    while (end < length && end - valueStart <= MAX_VALUE && !isSeparatorAt(text, end)) {
      if (text.charAt(end) == ',' && kind == EntityKind.LOCATION) {
        break;
      }
      if (keyed
          && (text.charAt(end) == ' ' || text.charAt(end) == '&')
          && FieldBoundaries.keyAt(text, end + 1)) {
        break; // "street=Ilica 10 zip=10000", "city=Graz&zip=8010": the next pair begins
      }
      if (text.charAt(end) == ','
          && kind == EntityKind.ADDRESS
          && FieldBoundaries.postalCodeAndTownAfter(text, end)) {
        break;
      }
      if (text.charAt(end) == ',' && FieldBoundaries.labelAfter(raw, text, end + 1)) {
        break;
      }
      if (text.charAt(end) == ' '
          && end + 1 < length
          && text.charAt(end + 1) == ' '
          && FieldBoundaries.anyLabelAfter(text, end + 2)) {
        break; // "City: Moncton  Prov: NB  Postal Code: …": fields in a row, two spaces apart
      }
      end++;
    }
    int valueEnd = end;
    while (valueEnd > valueStart && " .,".indexOf(text.charAt(valueEnd - 1)) >= 0) {
      valueEnd--;
    }
    if (valueEnd == valueStart || valueEnd - valueStart > MAX_VALUE) {
      return colon + 1;
    }
    if (kind == EntityKind.ADDRESS && keyed && wholeAddress(raw, valueStart, valueEnd)) {
      return colon + 1; // a whole address under "address=": the other rules split it
    }
    return report(raw, valueStart, valueEnd, kind, found) ? end : colon + 1;
  }

  /**
   * Whether the value after {@code from} is a town, a comma and a country that ends the line
   * ("location: Poltár, Slovakia"): "location" alone labels body sites and rooms as well.
   */
  private static boolean countryAfterComma(String raw, int from) {
    int lineEnd = from;
    while (lineEnd < raw.length() && lineEnd - from <= MAX_VALUE && raw.charAt(lineEnd) != '\n') {
      lineEnd++; // read at most MAX_VALUE chars: linear however many labels a line has
    }
    String rest = raw.substring(from, lineEnd);
    int comma = rest.indexOf(',');
    if (comma < 0 || rest.length() > MAX_VALUE) {
      return false;
    }
    String unmarked =
        MARKS
            .matcher(Normalizer.normalize(rest.substring(comma + 1).strip(), Normalizer.Form.NFD))
            .replaceAll("");
    String country = CLOSING.matcher(unmarked).replaceAll("").toLowerCase(Locale.ROOT);
    return COUNTRIES.contains(country);
  }

  /**
   * Whether a street value holds a whole address (a comma other than the one after a leading house
   * number: "214, Residency Road" is a street as India writes it), which the other rules split.
   */
  static boolean wholeAddress(String raw, int valueStart, int valueEnd) {
    int comma = raw.indexOf(',', valueStart);
    if (comma < 0 || comma >= valueEnd) {
      return false;
    }
    int digits = valueStart;
    while (digits < comma && Character.isDigit(raw.charAt(digits))) {
      digits++;
    }
    boolean houseNumberFirst = digits > valueStart && digits == comma && comma - valueStart <= 5;
    return !houseNumberFirst
        || raw.indexOf(',', comma + 1) >= 0 && raw.indexOf(',', comma + 1) < valueEnd;
  }

  /** A quoted value ({@code "city": "Bonn"}): up to its closing quote on the same line. */
  private static int quotedValue(
      String raw, CharSequence text, int open, EntityKind kind, List<Detection> found) {
    char quote = text.charAt(open);
    int close = open + 1;
    while (close < text.length()
        && close - open <= MAX_VALUE
        && text.charAt(close) != quote
        && text.charAt(close) != '\n') {
      close++;
    }
    if (close >= text.length() || text.charAt(close) != quote) {
      return open;
    }
    int valueStart = open + 1;
    int valueEnd = close;
    while (valueStart < valueEnd && text.charAt(valueStart) == ' ') {
      valueStart++;
    }
    while (valueEnd > valueStart && " .,".indexOf(text.charAt(valueEnd - 1)) >= 0) {
      valueEnd--;
    }
    if (kind == EntityKind.ADDRESS && wholeAddress(raw, valueStart, valueEnd)) {
      return close + 1;
    }
    report(raw, valueStart, valueEnd, kind, found);
    return close + 1;
  }

  /** Reports the value between the two offsets when it is shaped like a value of its kind. */
  static boolean report(
      String raw, int valueStart, int valueEnd, EntityKind kind, List<Detection> found) {
    if (valueEnd <= valueStart || valueEnd - valueStart > MAX_VALUE) {
      return false;
    }
    String value = raw.substring(valueStart, valueEnd);
    boolean shaped =
        switch (kind) {
          case LOCATION -> townValue(value);
          case ZIP -> postalValue(value);
          default -> streetValue(value);
        };
    if (BLANK_ANSWERS.contains(value.toLowerCase(Locale.ROOT)) || !shaped) {
      return false;
    }
    found.add(
        new Detection(
            kind,
            valueStart,
            valueEnd,
            CONFIDENCE,
            Pass.LEXICON,
            kind == EntityKind.LOCATION ? value.toLowerCase(Locale.ROOT) : value));
    return true;
  }

  /**
   * A postal code of any country: 3 to 10 characters, capitals, digits, at most two spaces or
   * hyphens, three digits or more ("131 24", "LV-3225", "D02 X285"; not "5 mg", "n/a").
   */
  private static boolean postalValue(String value) {
    if (value.length() < 3 || value.length() > 10) {
      return false;
    }
    int digits = 0;
    int separators = 0;
    for (int c = 0; c < value.length(); c++) {
      char ch = value.charAt(c);
      if (Character.isDigit(ch)) {
        digits++;
      } else if (ch == ' ' || ch == '-') {
        separators++;
      } else if (!(ch >= 'A' && ch <= 'Z')) {
        return false;
      }
    }
    return digits >= 3 && separators <= 2;
  }

  /** One to six words of letters beginning with a capital ("La Coruña", "'s-Hertogenbosch"). */
  private static boolean townValue(String value) {
    int first = value.charAt(0) == '\'' && value.length() > 1 ? 1 : 0;
    if (!Character.isUpperCase(value.charAt(first)) && value.charAt(0) != '\'') {
      return false;
    }
    int words = 1;
    for (int c = 0; c < value.length(); c++) {
      char ch = value.charAt(c);
      if (Character.isDigit(ch) || "@#()[]{}<>=+*_\"".indexOf(ch) >= 0) {
        return false;
      }
      if (ch == ' ') {
        words++;
      }
    }
    return words <= MAX_TOWN_WORDS;
  }

  /** A street: begins with a capital, a digit or '#', or holds a number ("m. 13"). */
  private static boolean streetValue(String value) {
    char first = value.charAt(0);
    boolean digit = false;
    for (int c = 0; c < value.length(); c++) {
      char ch = value.charAt(c);
      if (ch == '@' || ch == '{' || ch == '}' || ch == '<' || ch == '>') {
        return false;
      }
      digit |= Character.isDigit(ch);
    }
    // "ul. Kassulke 37", "m. 13": a small first letter needs a number in the value
    return value.length() >= 2
        && (Character.isUpperCase(first) || Character.isDigit(first) || first == '#' || digit);
  }
}
