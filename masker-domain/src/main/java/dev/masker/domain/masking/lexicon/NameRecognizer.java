package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Person names from the first-name and surname lists: single names, "first last" and "first middle
 * last", weighed by the cue before them ("my name is", "this is", "Dr.", "my mom,"), by capitals
 * when the text has them, and by the words after them. Names that are also ordinary words ("will",
 * "may", "grant") are reported only after a strong cue or beside another name. A surname spelled
 * out right after the name ("smith, s m i t h") joins the span. The canonical value is the name in
 * lower case with single spaces.
 */
public final class NameRecognizer implements Recognizer {

  static final int WEAK = 1;
  static final int MEDIUM = 2;
  static final int STRONG = 3;

  /** Naming cues ("my name is"): the next word is a name even when no list has it. */
  static final int NAMING = 4;

  /** Titles ("dr", "mrs"): a capitalized word after one is a name. */
  static final int TITLE = 5;

  private static final Set<String> FILLERS = Set.of("uh", "um", "umm", "uhm", "er", "erm", "ah");

  /** Words after a lone ambiguous name that show it is used as a name ("this is will from ..."). */
  private static final Set<String> NAME_FOLLOWERS =
      Set.of("from", "calling", "speaking", "here", "and", "at", "with", "on", "again");

  private static final int MAX_NAME_TOKENS = 4;

  private final Lexicon lexicon;
  private final PhraseTrie cues = new PhraseTrie();

  public NameRecognizer() {
    this(Lexicon.standard());
  }

  NameRecognizer(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (String phrase :
        List.of(
            "my name is",
            "my name's",
            "name is",
            "first name is",
            "last name is",
            "surname is",
            "full name is",
            "patient name is",
            "patient's name is",
            "patients name is",
            "the name is",
            "call me",
            "named",
            "goes by",
            "it's spelled",
            "spelled")) {
      cues.add(phrase, NAMING);
    }
    for (String honorific : lexicon.honorifics()) {
      cues.add(honorific, TITLE);
    }
    for (String phrase :
        List.of(
            "this is",
            "speaking with",
            "speaking to",
            "you're speaking with",
            "you're speaking to",
            "you are speaking with",
            "you are speaking to",
            "spoke with",
            "spoke to",
            "talked to",
            "talking to",
            "talk to",
            "speak to",
            "speak with",
            "patient",
            "the patient",
            "patient name",
            "name",
            "i'm",
            "i am",
            "im",
            "it's",
            "it is",
            "ask for",
            "asking for",
            "looking for",
            "transfer me to",
            "caregiver",
            "guardian",
            "mom",
            "mother",
            "dad",
            "father",
            "son",
            "daughter",
            "wife",
            "husband",
            "brother",
            "sister",
            "grandmother",
            "grandfather",
            "grandma",
            "grandpa",
            "aunt",
            "uncle",
            "niece",
            "nephew",
            "cousin",
            "friend",
            "partner",
            "fiance",
            "fiancee",
            "boyfriend",
            "girlfriend",
            "neighbor",
            "roommate",
            "mr and mrs",
            "signed",
            "sincerely")) {
      cues.add(phrase, MEDIUM);
    }
    for (String phrase :
        List.of(
            "for",
            "with",
            "hi",
            "hello",
            "hey",
            "thanks",
            "thank you",
            "dear",
            "and",
            "to",
            "by",
            "from",
            "tell",
            "ask",
            "see",
            "saw",
            "met")) {
      cues.add(phrase, WEAK);
    }
  }

  @Override
  public Pass pass() {
    return Pass.LEXICON;
  }

  @Override
  public List<Detection> find(String text) {
    return find(TokenizedText.of(text));
  }

  List<Detection> find(TokenizedText text) {
    int size = text.size();
    List<Detection> found = new ArrayList<>();
    if (size == 0) {
      return found;
    }
    int[] cueBefore = cueStrengths(text);
    int i = 0;
    while (i < size) {
      int end = candidateAt(text, i, cueBefore[i], found);
      i = Math.max(end, i + 1);
    }
    return found;
  }

  /** For every token, the strongest cue that ends right before it (fillers skipped). */
  private int[] cueStrengths(TokenizedText text) {
    int size = text.size();
    int[] strength = new int[size + 1];
    for (int i = 0; i < size; i++) {
      PhraseTrie.Match cue = cues.longestAt(text, i);
      if (cue != null) {
        int after = i + cue.tokens();
        if (after < size && text.gapBefore(after) != TokenizedText.GAP_STOP) {
          strength[after] = Math.max(strength[after], cue.value());
        }
      }
      if (FILLERS.contains(text.word(i))
          && i + 1 < size
          && text.gapBefore(i + 1) != TokenizedText.GAP_STOP) {
        strength[i + 1] = Math.max(strength[i + 1], strength[i]);
      }
    }
    return strength;
  }

  /** Reports the name starting at token {@code i}, if any; returns the token after it. */
  private int candidateAt(TokenizedText text, int i, int cue, List<Detection> found) {
    String head = text.word(i);
    if (lexicon.isFunctionWord(head)
        || lexicon.isHonorific(head)
        || text.isDigits(i)
        || head.length() < 2) {
      return i + 1;
    }
    boolean headKnown = lexicon.isName(head);
    boolean headCapital = text.capitalized(i);
    if (!headKnown && !(cue == NAMING || cue == TITLE && headCapital)) {
      return i + 1;
    }
    int end = extend(text, i, headKnown);
    int tokens = end - i;
    double confidence = confidence(text, i, end, cue);
    if (confidence <= 0) {
      return i + 1;
    }
    int spanEnd = spelledOut(text, end);
    found.add(
        new Detection(
            EntityKind.NAME,
            text.start(i),
            text.end(spanEnd - 1),
            Math.min(0.97, confidence),
            Pass.LEXICON,
            text.joined(i, end)));
    return tokens > 0 ? spanEnd : i + 1;
  }

  /** The end of the name starting at {@code i}: further name words, initials allowed. */
  private int extend(TokenizedText text, int i, boolean headKnown) {
    int size = text.size();
    int end = i + 1;
    while (end < size && end - i < MAX_NAME_TOKENS && text.gapBefore(end) == 0) {
      String word = text.word(end);
      boolean initial =
          word.length() == 1
              && Character.isLetter(word.charAt(0))
              && end + 1 < size
              && text.gapBefore(end + 1) == 0
              && lexicon.isName(text.word(end + 1));
      if (initial) {
        end++;
        continue;
      }
      if (lexicon.isFunctionWord(word) || !lexicon.isName(word)) {
        if (!headKnown && text.capitalized(end) && !lexicon.isFunctionWord(word)) {
          end++;
          continue;
        }
        break;
      }
      if (lexicon.isAmbiguousName(word) && !usedAsName(text, end)) {
        break;
      }
      end++;
    }
    return end;
  }

  /** An ambiguous word is a name here unless a pronoun, verb or the like follows it. */
  private boolean usedAsName(TokenizedText text, int i) {
    if (text.capitalized(i)) {
      return true;
    }
    int next = i + 1;
    if (next >= text.size() || text.gapBefore(next) != TokenizedText.GAP_SPACE) {
      return lexicon.isSurname(text.word(i));
    }
    return !lexicon.isFunctionWord(text.word(next)) && lexicon.isSurname(text.word(i));
  }

  private double confidence(TokenizedText text, int start, int end, int cue) {
    int tokens = end - start;
    int known = 0;
    int clear = 0;
    int capitals = 0;
    for (int t = start; t < end; t++) {
      String word = text.word(t);
      if (word.length() == 1) {
        continue;
      }
      if (lexicon.isName(word)) {
        known++;
        if (!lexicon.isAmbiguousName(word)) {
          clear++;
        }
      }
      if (text.capitalized(t)) {
        capitals++;
      }
    }
    boolean allCapital = capitals == tokens;
    double capital = allCapital ? 0.04 : 0.0;
    String head = text.word(start);
    if (known == 0) {
      // Only after "my name is" or a title with a capital: an unknown word taken as a name.
      return cue == NAMING ? (allCapital ? 0.85 : 0.72) : (allCapital ? 0.82 : 0);
    }
    if (clear == 0) {
      return ambiguousConfidence(text, start, end, cue, allCapital);
    }
    if (known >= 2) {
      return switch (cue) {
        case NAMING, TITLE -> 0.95;
        case STRONG, MEDIUM -> 0.92;
        case WEAK -> 0.86;
        default -> 0.78 + capital + (known >= 3 ? 0.03 : 0);
      };
    }
    boolean firstName = lexicon.isFirstName(head) && !lexicon.isAmbiguousName(head);
    if (firstName) {
      return switch (cue) {
        case NAMING, TITLE -> 0.93;
        case STRONG, MEDIUM -> 0.88;
        case WEAK -> 0.78 + capital;
        default -> (head.length() <= 3 ? 0.55 : 0.61) + capital;
      };
    }
    // A surname alone ("dr patel", "mrs lopez").
    return switch (cue) {
      case NAMING, TITLE -> 0.9;
      case STRONG, MEDIUM -> 0.78;
      case WEAK -> 0.55 + capital;
      default -> allCapital ? 0.58 : 0.45;
    };
  }

  /** Only ambiguous words ("will", "grant rose"): reported after a clear cue only. */
  private double ambiguousConfidence(
      TokenizedText text, int start, int end, int cue, boolean allCapital) {
    int tokens = end - start;
    if (cue == NAMING || cue == TITLE) {
      return nextIsFunctionWord(text, end) && !allCapital ? 0 : 0.85;
    }
    if (cue == MEDIUM || cue == STRONG) {
      if (tokens >= 2 || allCapital) {
        return 0.8;
      }
      boolean endsHere =
          end >= text.size()
              || text.gapBefore(end) != TokenizedText.GAP_SPACE
              || NAME_FOLLOWERS.contains(text.word(end));
      return endsHere ? 0.72 : 0;
    }
    if (tokens >= 2 && allCapital) {
      return 0.7;
    }
    return 0;
  }

  private boolean nextIsFunctionWord(TokenizedText text, int next) {
    return next < text.size()
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && lexicon.isFunctionWord(text.word(next))
        && !NAME_FOLLOWERS.contains(text.word(next));
  }

  /** After a name, its last word spelled letter by letter ("smith, s m i t h") joins the span. */
  private static int spelledOut(TokenizedText text, int end) {
    String last = text.word(end - 1);
    int letters = last.length();
    if (letters < 2 || end + letters > text.size()) {
      return end;
    }
    for (int k = 0; k < letters; k++) {
      String word = text.word(end + k);
      if (word.length() != 1 || word.charAt(0) != last.charAt(k)) {
        return end;
      }
      if (k > 0 && text.gapBefore(end + k) == TokenizedText.GAP_STOP) {
        return end;
      }
    }
    return end + letters;
  }
}
