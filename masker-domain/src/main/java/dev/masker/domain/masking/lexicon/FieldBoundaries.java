package dev.masker.domain.masking.lexicon;

import java.util.Locale;

/**
 * What begins after the value of a labelled field and so ends it, for {@link FormField}: the next
 * {@code key=} of a record, a label and its colon after a comma or two spaces, or a postal code and
 * a town after the comma of a street.
 */
final class FieldBoundaries {

  private FieldBoundaries() {}

  /**
   * A key and its {@code =} at {@code from} ("zip=", "post_code="), read at most MAX_LABEL chars.
   */
  static boolean keyAt(CharSequence text, int from) {
    int c = from;
    while (c < text.length()
        && c - from < FormField.MAX_LABEL
        && (Character.isLetterOrDigit(text.charAt(c)) || text.charAt(c) == '_')) {
      c++;
    }
    return c > from && c < text.length() && text.charAt(c) == '=';
  }

  /**
   * After the comma at {@code comma}: " 10115 Berlin", a code beginning with a digit and a town.
   */
  static boolean postalCodeAndTownAfter(CharSequence text, int comma) {
    int i = comma + 1;
    int length = text.length();
    if (i >= length || text.charAt(i) != ' ') {
      return false;
    }
    i++;
    if (i >= length || !Character.isDigit(text.charAt(i))) {
      return false;
    }
    int codeEnd = i;
    while (codeEnd < length
        && codeEnd - i < 10
        && (Character.isLetterOrDigit(text.charAt(codeEnd)) || text.charAt(codeEnd) == '-')) {
      codeEnd++;
    }
    return codeEnd - i >= 4 // "3º B" is a floor and a door, not a postal code
        && codeEnd + 2 < length
        && text.charAt(codeEnd) == ' '
        && Character.isUpperCase(text.charAt(codeEnd + 1))
        && Character.isLowerCase(text.charAt(codeEnd + 2));
  }

  /**
   * Spaces, then a label of any words and its colon ("Prov:", "Postal Code:"), read at most {@link
   * FormField#MAX_LABEL} chars.
   */
  static boolean anyLabelAfter(CharSequence text, int from) {
    int start = from;
    int length = text.length();
    while (start < length && start - from < FormField.MAX_LABEL && text.charAt(start) == ' ') {
      start++;
    }
    int colon = start;
    while (colon < length
        && colon - start < FormField.MAX_LABEL
        && (Character.isLetter(text.charAt(colon)) || text.charAt(colon) == ' ')) {
      colon++;
    }
    return colon > start
        && Character.isUpperCase(text.charAt(start))
        && colon < length
        && text.charAt(colon) == ':';
  }

  /** A known label and a colon after {@code from} ("…, City: Nice"). */
  static boolean labelAfter(String raw, CharSequence text, int from) {
    int start = from;
    int length = text.length();
    while (start < length && text.charAt(start) == ' ') {
      start++;
    }
    int colon = start;
    while (colon < length
        && colon - start < FormField.MAX_LABEL
        && text.charAt(colon) != ':'
        && text.charAt(colon) != '\n') {
      colon++;
    }
    if (colon >= length || text.charAt(colon) != ':') {
      return false;
    }
    String label = raw.substring(start, colon).strip().toLowerCase(Locale.ROOT);
    return FormField.PLACE_LABELS.contains(label)
        || FormField.STREET_LABELS.contains(label)
        || label.equals("country");
  }
}
