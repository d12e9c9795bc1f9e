package dev.masker.domain.masking.lexicon;

import java.util.Set;

/**
 * Greetings and thanks of other languages ("Bom dia", "Guten Tag", "Dzień dobry", "Muito
 * obrigado"), from {@code greeting-phrases.txt}: never a name, though their words may be name words
 * ("Bom" is a surname, "Dia" a given name), wherever they stand and however they are written; nor
 * is a polite address that ends the phrase after one ("Gracias Señor").
 */
final class GreetingPhrases {
  private static final PhraseTrie PHRASES = phrases();

  /** Polite address of other languages, no name of its own after a greeting ("Gracias Señor"). */
  private static final Set<String> ADDRESS =
      Set.of(
          "senor",
          "senora",
          "senorita",
          "senhor",
          "senhora",
          "monsieur",
          "madame",
          "mademoiselle",
          "signore",
          "signora",
          "herr",
          "frau");

  private GreetingPhrases() {}

  private static PhraseTrie phrases() {
    var trie = new PhraseTrie();
    for (String phrase : Lexicon.read("greeting-phrases.txt")) {
      trie.add(phrase, 1);
    }
    return trie;
  }

  /**
   * How many tokens the greeting starting at token {@code i} has, with a polite address that ends
   * the phrase after it; 0 when none starts there.
   */
  static int length(TokenizedText text, int i) {
    PhraseTrie.Match phrase = PHRASES.longestAt(text, i);
    if (phrase == null) {
      return 0;
    }
    int end = i + phrase.tokens();
    if (end < text.size()
        && text.gapBefore(end) != TokenizedText.GAP_STOP
        && ADDRESS.contains(text.word(end))
        && (end + 1 == text.size() || text.gapBefore(end + 1) != TokenizedText.GAP_SPACE)) {
      end++; // "Gracias Señor.", but "Gracias Señor Garcia" names him
    }
    return end - i;
  }
}
