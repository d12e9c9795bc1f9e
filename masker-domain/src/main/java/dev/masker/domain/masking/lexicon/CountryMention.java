package dev.masker.domain.masking.lexicon;

import java.util.Set;

/**
 * A country name in running text that is also a given name ("Chad", "Jordan", "Georgia", "Israel"):
 * the country, not a person, when a word of travel or origin comes right before it ("flights from
 * Chad to Turkey", "visited Georgia", "the capital of Chad") or another country stands beside it
 * ("Jordan and Israel", "Chad, Niger, Mali"). A person is still read after a word for speaking or
 * giving to someone ("a message from Jordan", "I talked to Chad"). Countries are no identifier
 * under Safe Harbor, so such a mention is reported as nothing (the place recognizer never reports a
 * country either). Built once, then only read: safe to share between threads.
 */
final class CountryMention {
  /** Words right before a country that make it a place ("in", "from", "visited"). */
  private static final Set<String> PLACE_WORDS = Lexicon.read("country-context-words.txt");

  /** Words before "from" or "to" that make what follows a person ("talked to", "a call from"). */
  private static final Set<String> PERSON_WORDS = Lexicon.read("country-person-words.txt");

  /** Nouns before "of" that make what follows the country ("capital of", "citizen of"). */
  private static final Set<String> OF_WORDS = Lexicon.read("country-of-words.txt");

  /** Words between two countries of a list ("Jordan and Israel"). */
  private static final Set<String> LIST_JOINS = Set.of("and", "or", "nor", "plus");

  private final PhraseTrie countries;

  CountryMention(PhraseTrie countries) {
    this.countries = countries;
  }

  /**
   * Whether tokens {@code start} to {@code end}, exactly a country name, name the country here: a
   * place word before it, or a country beside it.
   */
  boolean place(TokenizedText text, int start, int end) {
    if (countryEndingAt(text, start) != end) {
      return false;
    }
    return afterPlaceWord(text, start) || countryBefore(text, start) || countryAfter(text, end);
  }

  /** The token after the country name that starts at {@code i}, or -1. */
  private int countryEndingAt(TokenizedText text, int i) {
    PhraseTrie.Match country = countries.longestAt(text, i);
    return country == null ? -1 : i + country.tokens();
  }

  private static boolean afterPlaceWord(TokenizedText text, int start) {
    int before = start - 1;
    if (before < 0 || text.gapBefore(start) != TokenizedText.GAP_SPACE) {
      return false;
    }
    String word = text.word(before);
    if (word.equals("of")) {
      return before > 0
          && text.gapBefore(before) == TokenizedText.GAP_SPACE
          && OF_WORDS.contains(text.word(before - 1));
    }
    if (!PLACE_WORDS.contains(word)) {
      return false;
    }
    if (!word.equals("from") && !word.equals("to")) {
      return true;
    }
    // "a message from Jordan", "I talked to Chad": a person. A word between ("sent it to") too.
    for (int back = before - 1; back >= 0 && back >= before - 2; back--) {
      if (text.gapBefore(back + 1) != TokenizedText.GAP_SPACE) {
        break;
      }
      if (PERSON_WORDS.contains(text.word(back))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Jordan and Israel", "Chad, Niger": a country ends right before, joined by a comma or "and".
   */
  private boolean countryBefore(TokenizedText text, int start) {
    int at = start - 1;
    if (at < 0) {
      return false;
    }
    if (text.gapBefore(start) == TokenizedText.GAP_SPACE && LIST_JOINS.contains(text.word(at))) {
      at--;
    } else if (text.gapBefore(start) != TokenizedText.GAP_COMMA) {
      return false;
    }
    // A country of up to three words ends at token at.
    for (int from = Math.max(0, at - 2); from <= at; from++) {
      if (countryEndingAt(text, from) == at + 1) {
        return true;
      }
    }
    return false;
  }

  /** "Chad and Sudan", "Chad, Niger and Mali": a country starts right after, joined likewise. */
  private boolean countryAfter(TokenizedText text, int end) {
    if (end >= text.size()) {
      return false;
    }
    int at = end;
    if (text.gapBefore(end) == TokenizedText.GAP_SPACE && LIST_JOINS.contains(text.word(end))) {
      at++;
      if (at >= text.size() || text.gapBefore(at) != TokenizedText.GAP_SPACE) {
        return false;
      }
    } else if (text.gapBefore(end) != TokenizedText.GAP_COMMA) {
      return false;
    }
    return countryEndingAt(text, at) > at;
  }
}
