package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.List;
import java.util.Set;

/**
 * A postal code named in prose or in a dialogue rather than under a form's label: "my postcode
 * changed to 72-603", "Can you confirm the postcode? Customer: yes it's 3252, Zugdidi". After the
 * word for a postal code come at most a few linking words ("is", "changed to", "yes it's") or a
 * speaker's label ("Customer:"), then a code of any country's shape, which is the ZIP; a
 * capitalised word after it and a comma that ends the clause is its town ("…, Zugdidi"). A number
 * after other words ("postcode checks were done in 2024") is not read.
 *
 * <p>Each cue looks at a bounded number of tokens: linear.
 */
final class PostcodeMention {

  /** Words that name a postal code in prose (the second word of a two-word name follows). */
  private static final Set<String> CUES =
      Set.of("postcode", "postcodes", "zipcode", "zip", "postal", "post", "pincode", "eircode");

  /** Second words of two-word names: "postal code", "post code", "zip code". */
  private static final Set<String> CODE_WORDS = Set.of("code", "codes");

  /** Words between the cue and the code: linking verbs, fillers and answers of a dialogue. */
  private static final Set<String> LINKS =
      Set.of(
          "is", "was", "now", "changed", "has", "been", "to", "updated", "it's", "its", "it", "s",
          "yes", "yeah", "yep", "sure", "ok", "okay", "new", "the", "my", "our", "his", "her",
          "their", "correct", "should", "be", "reads", "as", "of", "please", "use");

  /** How many tokens may stand between the cue and the code. */
  private static final int MAX_LINKS = 6;

  private PostcodeMention() {}

  /** Adds the codes (and towns) named after a postal-code word in {@code text}. */
  static void find(
      TokenizedText text, Lexicon lexicon, PhraseTrie countries, List<Detection> found) {
    int size = text.size();
    for (int i = 0; i < size; i++) {
      String word = text.word(i);
      if (word.equals("old")) {
        i = changedCodes(text, i, found);
        continue;
      }
      if (!CUES.contains(word)) {
        continue;
      }
      int after = i + 1;
      boolean twoWords = word.equals("postal") || word.equals("post") || word.equals("zip");
      if (after < size && CODE_WORDS.contains(text.word(after))) {
        after++;
      } else if (twoWords && !word.equals("zip")) {
        continue; // "postal service", "post office"
      }
      int t = after;
      while (t < size
          && t - after < MAX_LINKS
          && !text.isDigits(t)
          && (LINKS.contains(text.word(t)) || speakerLabel(text, t))) {
        t++;
      }
      if (t >= size || !text.isDigits(t) || t - after >= MAX_LINKS) {
        continue;
      }
      int code = PostalCode.end(text, t, PostalCode.Shapes.ALL);
      if (code == t
          || code < size
              && text.gapBefore(code) == TokenizedText.GAP_SPACE
              && text.isDigits(code)) {
        continue; // no code's shape, or part of a longer number
      }
      found.add(PostalCode.detection(text, t, code)); // overlaps are left to span resolution
      int town = code;
      if (town < size
          && text.gapBefore(town) == TokenizedText.GAP_COMMA
          && townWord(text, town, lexicon, countries)
          && (town + 1 == size
              || text.gapBefore(town + 1) != TokenizedText.GAP_SPACE
              || !StreetFirstAddress.upper(text, town + 1) && !text.isDigits(town + 1))) {
        found.add(UnlistedTowns.town(text, town, town + 1, 0.85));
      }
      i = code - 1;
    }
  }

  /**
   * "old 35881 → new 34739", "old 424258 -> new 714 37": two codes of a postal shape on the two
   * sides of an arrow, in a change notice. Returns the last token read.
   */
  private static int changedCodes(TokenizedText text, int i, List<Detection> found) {
    int size = text.size();
    int first = i + 1;
    int firstEnd = first < size ? PostalCode.end(text, first, PostalCode.Shapes.ALL) : first;
    if (firstEnd == first
        || firstEnd + 1 >= size
        || !text.word(firstEnd).equals("new")
        || !arrowBetween(text, firstEnd - 1, firstEnd)) {
      return i;
    }
    int second = firstEnd + 1;
    int secondEnd = PostalCode.end(text, second, PostalCode.Shapes.ALL);
    if (secondEnd == second
        || secondEnd < size
            && text.gapBefore(secondEnd) == TokenizedText.GAP_SPACE
            && text.isDigits(secondEnd)) {
      return i;
    }
    found.add(PostalCode.detection(text, first, firstEnd));
    found.add(PostalCode.detection(text, second, secondEnd));
    return secondEnd - 1;
  }

  /** An arrow ("→", "->", "=>") and nothing but spaces between tokens {@code a} and {@code b}. */
  private static boolean arrowBetween(TokenizedText text, int a, int b) {
    String between = text.text().substring(text.end(a), text.start(b)).strip();
    return between.equals("\u2192") || between.equals("->") || between.equals("=>");
  }

  /** "Customer:", "Patient:": a capitalised word before a colon, as a dialogue's speaker. */
  private static boolean speakerLabel(TokenizedText text, int t) {
    return StreetFirstAddress.upper(text, t) && UnlistedTowns.labelEnd(text, t);
  }

  /** A title-case word that is no ordinary word, function word or country ("Zugdidi", "Sion"). */
  private static boolean townWord(
      TokenizedText text, int t, Lexicon lexicon, PhraseTrie countries) {
    String word = text.word(t);
    return UnlistedTowns.titleCase(text, t)
        && word.length() > 2
        && !UnlistedTowns.hasDigit(word)
        && !lexicon.isCommonWord(word)
        && !lexicon.isFunctionWord(word)
        && !UnlistedTowns.NOT_TOWN_WORDS.contains(word)
        && countries.longestAt(text, t) == null;
  }
}
