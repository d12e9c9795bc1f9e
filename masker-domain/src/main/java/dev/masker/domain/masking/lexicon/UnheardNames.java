package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameWords.COMMON;
import static dev.masker.domain.masking.lexicon.NameWords.KNOWN;
import static dev.masker.domain.masking.lexicon.NameWords.NAME_LIKE;
import static dev.masker.domain.masking.lexicon.NameWords.base;

import dev.masker.domain.masking.Detection;
import java.util.List;

/**
 * Names made of words no dictionary has, in lower-case speech (ADR 15) and, capitalised, in text
 * with capitals (ADR 17: alone inside a sentence, or opening one before a verb): where such a name
 * starts, how far it reaches (up to three name words: "ishtaiilda noiko", "koishiko rojas") and
 * whether a first name right before belongs to it ("jade taiard", "aroha ngata"). What a word is,
 * is {@link NameWords#unheard}'s and {@link NameWords#unheardCapital}'s to say; this class adds
 * what only the turn can tell: that the word is no place of the lists nor, written, set like one
 * ("in Norrborg", "South Africa", "Lyon, 69002"), and that the turn is not in another language.
 */
final class UnheardNames {

  /** Whether a turn is in another language: read once, and only when a candidate asks. */
  static final class TurnLanguage {
    private final TokenizedText text;
    private int other = -1;

    TurnLanguage(TokenizedText text) {
      this.text = text;
    }

    boolean other() {
      if (other < 0) {
        other = NameWords.otherLanguage(text) ? 1 : 0;
      }
      return other == 1;
    }
  }

  /** Verbs that make the word before them its subject at the start of a sentence. */
  private static final java.util.Set<String> SUBJECT_VERBS =
      java.util.Set.of(
          "is", "was", "has", "had", "will", "said", "says", "came", "went", "left", "rang",
          "called", "phoned", "missed", "wants", "needs", "asked", "told", "took", "got", "gave");

  private final Lexicon lexicon;
  private final NameWords words;

  UnheardNames(Lexicon lexicon, NameWords words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /** A name word at {@code i} that no dictionary has, no place of the lists, in an English turn. */
  boolean startsAt(TokenizedText text, int i, TurnLanguage language) {
    return (words.unheard(text, i) || capitalAlone(text, i) || openingSubject(text, i))
        && !place(text, i)
        && !language.other();
  }

  /**
   * A sentence that opens with a capitalised word no dictionary has and goes on with a verb in
   * lower case ("Oluwaseun missed the visit on Jan 9", "Tawhiri called back"): its subject, a
   * person. Medicines and brands of the lists are excluded as everywhere ("Xarelto helped").
   */
  private boolean openingSubject(TokenizedText text, int i) {
    int next = i + 1;
    if (text.lowerCase()
        || i > 0 && text.gapBefore(i) != TokenizedText.GAP_STOP
        || next >= text.size()
        || text.gapBefore(next) != TokenizedText.GAP_SPACE
        || !NameWords.writtenCapital(text, i)
        || Character.isUpperCase(text.text().charAt(text.start(next)))) {
      return false;
    }
    String verb = text.word(next);
    boolean past = verb.length() >= 5 && verb.endsWith("ed") && lexicon.isCommonWord(verb);
    return (past || SUBJECT_VERBS.contains(verb))
        && !NameContext.EPONYMS.contains(base(text, i))
        && words.unheardWord(base(text, i));
  }

  /**
   * A capitalised word no dictionary has inside a sentence ("we saw a doctor Yoon or Parata"),
   * standing alone: not after a place word ("in Parata", "from Norrborg"), not before a capitalised
   * word, a number, a facility or a street word ("Norrborg Clinic", "Parata Road").
   */
  private boolean capitalAlone(TokenizedText text, int i) {
    if (!words.unheardCapital(text, i) || NameContext.EPONYMS.contains(base(text, i))) {
      return false;
    }
    if (i > 0) {
      int gap = text.gapBefore(i);
      String before = text.word(i - 1);
      boolean capitalBefore = // "South Africa", not "Per Fatoumata, the patient fell"
          NameWords.writtenCapital(text, i - 1) && !lexicon.isFunctionWord(before);
      if (gap == TokenizedText.GAP_SPACE
              && (NameContext.PLACE_WORDS.contains(before) || capitalBefore)
          || gap != TokenizedText.GAP_STOP && text.isDigits(i - 1)) {
        return false; // "in Norrborg", "South Africa", "9454 Haarlem"
      }
      if (gap == TokenizedText.GAP_COMMA && endsLine(text, i)) {
        return false; // "Practice Manager, Sligo": a line's last word after a comma is a place
      }
    }
    int end = text.end(i);
    if (end < text.text().length() && text.text().charAt(end) == ':') {
      return false; // a label: "Mobil:"
    }
    int after = i + 1;
    if (after >= text.size() || text.gapBefore(after) == TokenizedText.GAP_STOP) {
      return true;
    }
    if (text.isDigits(after)) {
      return false; // "Lyon, 69002", "Parata 12"
    }
    if (text.gapBefore(after) != TokenizedText.GAP_SPACE) {
      return true;
    }
    return !(text.capitalized(after)
        || Lexicon.isFacilityWord(text.word(after))
        || lexicon.isStreetSuffix(text.word(after)));
  }

  /** The token after the name that starts at {@code i}: name words of the lists or unheard too. */
  int end(TokenizedText text, int i) {
    int end = i + 1;
    while (end < text.size() && end - i < 3 && text.gapBefore(end) == TokenizedText.GAP_SPACE) {
      int kind = words.classify(text, end);
      boolean unheard = words.unheard(text, end) || words.unheardCapital(text, end);
      if (!(kind == KNOWN || kind == NAME_LIKE && unheard)
          || !text.lowerCase() && !NameWords.writtenCapital(text, end)) {
        break;
      }
      end++;
    }
    return end;
  }

  /**
   * {@code i - 1} when a first name no name found so far covers is right before, else {@code i}.
   */
  int start(TokenizedText text, int i, List<Detection> found) {
    int before = i - 1;
    if (before < 0 || text.gapBefore(i) != TokenizedText.GAP_SPACE) {
      return i;
    }
    String word = base(text, before);
    int kind = words.classify(text, before);
    // "jade taiard"; "aroha ngata" (a word of no list, though a dictionary has it)
    boolean firstName =
        (lexicon.isFirstName(word) && kind != COMMON || kind == NAME_LIKE && !words.term(word))
            && !NameContext.RELATIONS.contains(word) // not "my physio jenty"
            && (text.lowerCase() || NameWords.writtenCapital(text, before))
            && (found.isEmpty() || found.get(found.size() - 1).end() <= text.start(before));
    return firstName ? before : i;
  }

  /** Token {@code i} ends its line or the text, with at most a stop after it. */
  private static boolean endsLine(TokenizedText text, int i) {
    String original = text.text();
    for (int c = text.end(i); c < original.length(); c++) {
      char ch = original.charAt(c);
      if (ch == '\n' || ch == '\r' || ch == '\u2028') {
        return true;
      }
      if (ch != '.' && ch != ' ' && ch != ',') {
        return false;
      }
    }
    return true;
  }

  /** A city, state or country of the lists starts at token {@code i} ("fresno", "ohio"). */
  private boolean place(TokenizedText text, int i) {
    return lexicon.cities().longestAt(text, i) != null
        || lexicon.states().longestAt(text, i) != null
        || NameRecognizer.COUNTRIES.longestAt(text, i) != null;
  }
}
