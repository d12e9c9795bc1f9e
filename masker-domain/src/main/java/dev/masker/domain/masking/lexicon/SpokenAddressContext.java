package dev.masker.domain.masking.lexicon;

/**
 * Whether words that read as a name are part of a spoken e-mail or web address ("priya dot shah at
 * example dot com"): such a name is the address's, and the address is another recognizer's.
 */
final class SpokenAddressContext {
  private SpokenAddressContext() {}

  /** A name right before "dot" or "underscore", or after one, or before a spoken domain. */
  static boolean insideAddress(TokenizedText text, int start, int end) {
    if (end < text.size() && text.gapBefore(end) != TokenizedText.GAP_STOP) {
      String next = text.word(end);
      if (next.equals("dot") || next.equals("underscore")) {
        return true;
      }
    }
    if (start > 0 && text.gapBefore(start) == TokenizedText.GAP_SPACE) {
      String before = text.word(start - 1);
      if (before.equals("dot") || before.equals("underscore")) {
        return true;
      }
    }
    return beforeSpokenDomain(text, end);
  }

  /**
   * "priya r eighty four at example dot org": within a few words after the name, "at", a word and
   * "dot" with no pause between — the name is the start of a spoken e-mail address. Only the first
   * "at" after the name counts, and not when its "word dot word" runs into another "at": in "for
   * santel dubashi at txulu85 at example dot com" and "for emily gerhardus at ernan dot cunningham
   * at example dot org" the address starts after the name, which is the addressee's.
   */
  private static boolean beforeSpokenDomain(TokenizedText text, int from) {
    int limit = Math.min(text.size() - 2, from + 6);
    for (int t = from; t < limit; t++) {
      if (text.gapBefore(t) == TokenizedText.GAP_STOP) {
        return false;
      }
      if (text.word(t).equals("at")) {
        return text.gapBefore(t + 1) != TokenizedText.GAP_STOP
            && text.word(t + 2).equals("dot")
            && !(t + 4 < text.size() && text.word(t + 4).equals("at"));
      }
    }
    return false;
  }
}
