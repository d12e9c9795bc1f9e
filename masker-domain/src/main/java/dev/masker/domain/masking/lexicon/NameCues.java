package dev.masker.domain.masking.lexicon;

import java.util.Set;

/**
 * Reads the cues before each token of a text: the words that make the next ones likely a name ("my
 * name is", "dr", "my father", "this is"), form labels with a colon ("Patient:"), greetings before
 * a capitalized word ("Hi June,") and a self-introduction that opens the turn ("hi um this is
 * ..."). The phrases come from the hand-written lists beside {@link Lexicon} (titles from its
 * honorifics). Built once, then only read: safe to share between threads.
 *
 * <p>A token's marks are one int: its strength ({@link #WEAK} to {@link #TITLE}, read with {@link
 * #strength}) and the bits {@link #GREETED} and {@link #INTRODUCED} above it.
 */
final class NameCues {
  static final int WEAK = 1;
  static final int MEDIUM = 2;
  static final int STRONG = 3;

  /** Naming cues ("my name is"): the next word is a name even when no list has it. */
  static final int NAMING = 4;

  /** Titles ("dr", "mrs"): a capitalized word after one is a name. */
  static final int TITLE = 5;

  /** The bits of a token's marks that hold its strength (WEAK..TITLE). */
  private static final int STRENGTH = 7;

  /** Bit set on a token right after a greeting ("hi", "thanks"). */
  private static final int GREETED = 8;

  /** Bit set on a token right after a self-introduction that opens the turn. */
  private static final int INTRODUCED = 16;

  private static final Set<String> FILLERS = Lexicon.read("fillers.txt");

  /** Words that may open a turn before a self-introduction ("hi um yeah so this is ..."). */
  private static final Set<String> OPENERS = Lexicon.read("turn-openers.txt");

  private final PhraseTrie cues = new PhraseTrie();

  /** Greetings ("hi", "thanks"): a capitalized word after one is addressed by name. */
  private final PhraseTrie greetings = new PhraseTrie();

  /** Form and letter labels ("Name:", "Patient:", "From:"): followed by a colon, a naming cue. */
  private final PhraseTrie labels = new PhraseTrie();

  /** Self-introductions ("this is", "i'm"), told apart from the other cues of their strength. */
  private final PhraseTrie introductions = new PhraseTrie();

  NameCues(Lexicon lexicon) {
    addAll(cues, Lexicon.read("name-cues-naming.txt"), NAMING);
    addAll(cues, lexicon.honorifics(), TITLE);
    addAll(cues, Lexicon.read("name-cues-medium.txt"), MEDIUM);
    addAll(introductions, Lexicon.read("self-introductions.txt"), STRONG);
    addAll(greetings, Lexicon.read("greetings.txt"), MEDIUM);
    addAll(labels, Lexicon.read("name-labels.txt"), NAMING);
    for (String relation : Lexicon.read("relations.txt")) {
      cues.add("my " + relation, STRONG);
      cues.add("our " + relation, STRONG);
    }
    addAll(cues, Lexicon.read("name-cues-weak.txt"), WEAK);
  }

  private static void addAll(PhraseTrie trie, Set<String> phrases, int value) {
    for (String phrase : phrases) {
      trie.add(phrase, value);
    }
  }

  /** The strength of a token's marks: 0 (no cue) or {@link #WEAK} to {@link #TITLE}. */
  static int strength(int marks) {
    return marks & STRENGTH;
  }

  /** Whether the token comes right after a greeting. */
  static boolean greeted(int marks) {
    return (marks & GREETED) != 0;
  }

  /** Whether the token comes right after a self-introduction that opens the turn. */
  static boolean introduced(int marks) {
    return (marks & INTRODUCED) != 0;
  }

  /**
   * For every token, the strongest cue that ends right before it (fillers skipped). A label with a
   * colon ("Name:") is a naming cue; a greeting before a capitalized word ("Hi June,") and a
   * self-introduction at the start of a turn ("hi this is ...") are marked with their own bits
   * above the strength.
   */
  int[] marks(TokenizedText text) {
    int size = text.size();
    int[] strength = new int[size + 1];
    boolean opening = true;
    for (int i = 0; i < size; i++) {
      PhraseTrie.Match cue = cues.longestAt(text, i);
      if (cue != null) {
        int after = i + cue.tokens();
        if (after < size
            && (text.gapBefore(after) != TokenizedText.GAP_STOP || colonOnly(text, after))) {
          strength[after] = Math.max(strength[after], cue.value());
        }
      }
      PhraseTrie.Match label = labels.longestAt(text, i);
      if (label != null && i + label.tokens() < size && colonOnly(text, i + label.tokens())) {
        int after = i + label.tokens();
        strength[after] =
            Math.max(strength[after] & STRENGTH, NAMING) | strength[after] & ~STRENGTH;
      }
      PhraseTrie.Match greeting = greetings.longestAt(text, i);
      if (greeting != null
          && i + greeting.tokens() < size
          && text.gapBefore(i + greeting.tokens()) != TokenizedText.GAP_STOP) {
        strength[i + greeting.tokens()] |= GREETED;
      }
      PhraseTrie.Match intro = opening ? introductions.longestAt(text, i) : null;
      if (intro != null
          && i + intro.tokens() < size
          && text.gapBefore(i + intro.tokens()) == TokenizedText.GAP_SPACE) {
        strength[i + intro.tokens()] |= INTRODUCED;
      }
      opening &= OPENERS.contains(text.word(i));
      if (FILLERS.contains(text.word(i))
          && i + 1 < size
          && text.gapBefore(i + 1) != TokenizedText.GAP_STOP) {
        strength[i + 1] =
            Math.max(strength[i + 1] & STRENGTH, strength[i] & STRENGTH)
                | (strength[i + 1] | strength[i]) & ~STRENGTH;
      }
    }
    return strength;
  }

  /** Only a colon and spaces before token {@code i}: a label ("Signed: ..."). */
  private static boolean colonOnly(TokenizedText text, int i) {
    int colons = 0;
    for (int c = text.end(i - 1); c < text.start(i); c++) {
      char ch = text.text().charAt(c);
      if (ch == ':') {
        colons++;
      } else if (ch != ' ') {
        return false;
      }
    }
    return colons == 1;
  }
}
