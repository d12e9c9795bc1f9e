package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameCues.MEDIUM;
import static dev.masker.domain.masking.lexicon.NameCues.NAMING;
import static dev.masker.domain.masking.lexicon.NameCues.STRONG;
import static dev.masker.domain.masking.lexicon.NameCues.TITLE;
import static dev.masker.domain.masking.lexicon.NameCues.WEAK;
import static dev.masker.domain.masking.lexicon.NameWords.AMBIGUOUS;
import static dev.masker.domain.masking.lexicon.NameWords.KNOWN;
import static dev.masker.domain.masking.lexicon.NameWords.base;
import static dev.masker.domain.masking.lexicon.NameWords.writtenCapital;

import java.util.Set;

/**
 * How sure a candidate name is, from the cue before it, how many of its words the name lists have
 * (and whether they are also ordinary words), its capitals, and the word after it. Zero means it is
 * not reported.
 */
final class NameConfidence {
  /** Words after a lone ambiguous name that show it is used as a name ("this is will from ..."). */
  private static final Set<String> NAME_FOLLOWERS = Lexicon.read("name-followers.txt");

  /** Modal verbs that are also names: after a relation cue they still read as verbs. */
  private static final Set<String> MODALS = Lexicon.read("modal-verbs.txt");

  /** Two capitalised name words, one of them listed or after a weak cue. */
  static final double CAPITAL_PAIR = 0.66;

  private final Lexicon lexicon;
  private final NameWords words;

  NameConfidence(Lexicon lexicon, NameWords words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /**
   * Where a name may end: at the end of the text, at punctuation, or before "and", "calling",
   * "from" and the like.
   */
  static boolean endsHere(TokenizedText text, int end) {
    return end >= text.size()
        || text.gapBefore(end) != TokenizedText.GAP_SPACE
        || NAME_FOLLOWERS.contains(text.word(end));
  }

  /** A word that may follow a name ("calling", "here", "and"). */
  static boolean follower(String word) {
    return NAME_FOLLOWERS.contains(word);
  }

  /**
   * The confidence of tokens {@code start} to {@code end} as a name after a cue of that strength.
   */
  double of(TokenizedText text, int start, int end, int cue) {
    int tokens = end - start;
    int known = 0;
    int clear = 0;
    int capitals = 0;
    int particles = 0;
    for (int t = start; t < end; t++) {
      String word = base(text, t);
      if (word.length() == 1 || t > start && NameWords.PARTICLES.contains(word)) {
        particles++; // initials and particles ("Ines K. Varga", "Miard abu Urbansky")
        continue;
      }
      int kind = words.classify(text, t);
      if (kind == KNOWN || kind == AMBIGUOUS) {
        known++;
        if (kind == KNOWN) {
          clear++;
        }
      }
      if (text.capitalized(t) || t == start && writtenCapital(text, t)) {
        capitals++;
      }
    }
    boolean allCapital = capitals == tokens - particles;
    double capital = allCapital ? 0.04 : 0.0;
    String head = base(text, start);
    if (known == 0) {
      // Words no list has, taken as a name after "my name is", a title or "my father".
      return switch (cue) {
        case NAMING -> allCapital ? 0.85 : 0.72;
        case TITLE -> allCapital ? 0.82 : 0.75;
        case STRONG -> allCapital ? 0.8 : 0.72;
        case MEDIUM -> allCapital ? 0.7 : 0;
        // Two capitalised words no list has after "by", "with", "and": "by Belfenova Zozoian".
        case WEAK -> allCapital && tokens >= 2 ? CAPITAL_PAIR : 0;
        default -> 0;
      };
    }
    if (clear == 0) {
      return ambiguous(text, start, end, cue, allCapital);
    }
    if (known >= 2) {
      return switch (cue) {
        case NAMING, TITLE -> 0.95;
        case STRONG, MEDIUM -> 0.92;
        case WEAK -> 0.86;
        default -> 0.78 + capital + (known >= 3 ? 0.03 : 0);
      };
    }
    String given = head.indexOf('-') > 0 ? head.substring(0, head.indexOf('-')) : head;
    boolean firstName = lexicon.isFirstName(given) && !lexicon.isAmbiguousName(given);
    if (firstName) {
      // A first name with a word no list has after it ("dmitri volkov"): likely a full name.
      double pair = tokens >= 2 ? 0.08 : 0;
      return switch (cue) {
        case NAMING, TITLE -> 0.93;
        case STRONG, MEDIUM -> 0.88 + pair / 2;
        case WEAK -> 0.78 + capital + pair / 2;
        default -> (head.length() <= 3 ? 0.55 : 0.61) + capital + pair;
      };
    }
    // A surname alone ("dr patel", "mrs lopez").
    double surname =
        switch (cue) {
          case NAMING, TITLE -> 0.9;
          case STRONG, MEDIUM -> 0.78;
          case WEAK -> 0.55 + capital;
          default -> allCapital ? 0.58 : 0.45;
        };
    // A listed surname with a capitalised word before it: "Vretesani Schreiner".
    return allCapital && tokens >= 2 ? Math.max(surname, CAPITAL_PAIR) : surname;
  }

  /** Only ambiguous words ("will", "grant rose"): reported after a clear cue only. */
  private double ambiguous(TokenizedText text, int start, int end, int cue, boolean allCapital) {
    int tokens = end - start;
    boolean saidOf = saidOf(text, end); // "the nurse dawn said", "my aunt may is a hundred"
    if (cue == NAMING || cue == TITLE) {
      return nextIsFunctionWord(text, end)
              && !allCapital
              && !saidOf
              && !OrdinaryWordNames.saidAsAName(text, end - 1)
          ? 0
          : 0.85;
    }
    if (cue == MEDIUM || cue == STRONG) {
      if (tokens >= 2 || allCapital) {
        return 0.8;
      }
      if (endsHere(text, end)) {
        return 0.72;
      }
      // "my daughter hope is ...": after a relation a name, unless it is a modal ("my son will").
      return cue == STRONG && (!MODALS.contains(text.word(start)) || saidOf) ? 0.7 : 0;
    }
    if (tokens >= 2 && allCapital) {
      return 0.7;
    }
    return 0;
  }

  /**
   * Words after a person that no modal or noun takes: "the nurse dawn said", "my aunt may is", a
   * modal ("will will bring her in": the first is the grandson).
   */
  private static final Set<String> SAID_OF =
      Set.of("said", "says", "told", "asked", "called", "is", "was", "has", "had");

  private static boolean saidOf(TokenizedText text, int next) {
    return next < text.size()
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && (SAID_OF.contains(text.word(next)) || MODALS.contains(text.word(next)));
  }

  private boolean nextIsFunctionWord(TokenizedText text, int next) {
    return next < text.size()
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && lexicon.isFunctionWord(text.word(next))
        && !NAME_FOLLOWERS.contains(text.word(next));
  }
}
