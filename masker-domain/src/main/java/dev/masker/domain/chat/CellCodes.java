package dev.masker.domain.chat;

/**
 * A code that is a whole cell of a JSON document with no key to name it (ADR 36): an array's item
 * ({@code [true, null, 72049516, "…"]}) or an object's key ({@code {"72049516": null}}). A text
 * that is a code and nothing else is left alone by detection, as a seed is (ADR 21); in a document
 * a message holds it is a record's value, so it is also read after a cue, only to learn from, and
 * masked where it is by the known-value search.
 */
final class CellCodes {
  private CellCodes() {}

  /** Fewer digits than this alone are a count, a year or a short reference. */
  private static final int MIN_DIGITS = 7;

  private static final int MAX_LENGTH = 24;

  static void read(String text, String cue, int index, String field, RequestSites sites) {
    if (cue != null || text.length() < MIN_DIGITS || text.length() > MAX_LENGTH) {
      return;
    }
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return;
      }
    }
    if (digits >= MIN_DIGITS) {
      sites.add(RequestSite.learnOnly(text, "record", index, field));
    }
  }
}
