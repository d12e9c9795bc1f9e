package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameCues.MEDIUM;
import static dev.masker.domain.masking.lexicon.NameCues.NAMING;
import static dev.masker.domain.masking.lexicon.NameWords.AMBIGUOUS;
import static dev.masker.domain.masking.lexicon.NameWords.COMMON;
import static dev.masker.domain.masking.lexicon.NameWords.KNOWN;
import static dev.masker.domain.masking.lexicon.NameWords.NAME_LIKE;
import static dev.masker.domain.masking.lexicon.NameWords.acronym;
import static dev.masker.domain.masking.lexicon.NameWords.base;
import static dev.masker.domain.masking.lexicon.NameWords.possessive;
import static dev.masker.domain.masking.lexicon.NameWords.writtenCapital;

import java.util.Set;

/**
 * How far a name that starts at a token reaches: the further name words, initials and particles of
 * "john f kennedy" or "fatima al sayed", and "Lopez, Maria" written surname first.
 */
final class NameExtent {
  /** The most tokens a name has (particles aside). */
  static final int MAX_NAME_TOKENS = 4;

  /** Modal verbs that are also names ("will", "may"): in lower case they end a name. */
  private static final Set<String> MODALS = Lexicon.read("modal-verbs.txt");

  private final Lexicon lexicon;
  private final NameWords words;

  NameExtent(Lexicon lexicon, NameWords words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /**
   * The end of the name starting at {@code i}: further name words, initials, particles between name
   * words, and words no list has when a cue, a capital or a listed name vouches for them. A
   * possessive "'s" ends the name.
   */
  /** A word right before a colon and the value after it: the label of the next field. */
  private static boolean labelOfNextField(TokenizedText text, int at) {
    int colon = text.end(at);
    return at + 1 < text.size() && colon < text.text().length() && text.text().charAt(colon) == ':';
  }

  int extend(TokenizedText text, int i, int cue) {
    int size = text.size();
    int end = i + 1;
    boolean listed = words.classify(text, i) == KNOWN;
    // A name written with capitals goes on with capitals: "Olivier Lefèbvre a été vu" ends at
    // "Lefèbvre", "Giuseppe Esposito è stato" at "Esposito".
    boolean capitals = NameWords.writtenCapital(text, i);
    boolean afterInitial = false;
    while (end < size
        && end - i < MAX_NAME_TOKENS
        && text.gapBefore(end) == TokenizedText.GAP_SPACE
        && !possessive(text.word(end - 1))) {
      String word = text.word(end);
      if (word.length() == 1
          && Character.isLetter(word.charAt(0))
          && !(capitals && Character.isLowerCase(text.text().charAt(text.start(end))))
          && end + 1 < size
          && text.gapBefore(end + 1) == TokenizedText.GAP_SPACE
          && (words.classify(text, end + 1) == KNOWN || initialOfCapitals(text, i, end))) {
        end++; // an initial: "john f kennedy"
        afterInitial = true;
        continue;
      }
      int particles = 0;
      while (end + particles < size
          && particles < 2
          && NameWords.PARTICLES.contains(text.word(end + particles))
          && text.gapBefore(end + particles) == TokenizedText.GAP_SPACE) {
        particles++;
      }
      int at = end + particles;
      if (at >= size || text.gapBefore(at) != TokenizedText.GAP_SPACE) {
        break;
      }
      if (labelOfNextField(text, at)) {
        break; // "姓名:江鑫磊 出生日期:1963年…": the next field's label, not the name
      }
      if (cue == NameCues.TITLE
          && particles == 0
          && !text.capitalized(at)
          && NameContext.TITLE_STOPS.contains(base(text, at))) {
        break; // "doctor king said so": what the doctor did, not a second name word
      }
      int kind = words.classify(text, at);
      boolean takes =
          switch (kind) {
            case KNOWN -> true;
            case AMBIGUOUS -> usedAsName(text, at);
            // After a naming cue, a word no list has right after a capitalised given name is its
            // surname: a transcriber capitalises the names it knows only ("my name is Ysolde
            // pemberthy", ADR 28), after "this is" or "i'm" too.
            case NAME_LIKE ->
                (text.capitalized(at)
                        || !capitals && (cue >= MEDIUM || listed)
                        || capitals && cue >= MEDIUM && at == i + 1)
                    && !acronym(text, at)
                    && !CalendarWords.CALENDAR_WORDS.contains(base(text, at))
                    && !words.term(base(text, at)) // "dr rein grabijn npi …", "ana lind xarelto"
                    && !verbAfterRelation(text, at, cue);
            // After particles an ordinary word is still a surname ("van der berg").
            // After an initial a capitalised word is the surname ("Zólyom B. Dal").
            // A capitalised ordinary word between two name words is one ("Nguyen Thi Hong Nhung").
            default ->
                (particles > 0
                        || afterInitial && text.capitalized(at)
                        || capitals && text.capitalized(at) && nameWordAfter(text, at))
                    && !lexicon.isFunctionWord(base(text, at));
          };
      // particles may lengthen a written name: "María José Fernández de la Vega"
      int longest = MAX_NAME_TOKENS + (particles > 0 && text.capitalized(at) ? particles : 1);
      if (!takes || particles > 0 && at - i >= longest) {
        break;
      }
      listed |= kind == KNOWN;
      afterInitial = false;
      end = at + 1;
    }
    if (end == i + 1 && cue == NAMING) {
      end = afterPause(text, end);
    }
    return end;
  }

  /** Token {@code at} is followed by a colon: a label, not a name word. */
  private static boolean labelAt(TokenizedText text, int at) {
    int after = text.end(at);
    return after < text.text().length() && text.text().charAt(after) == ':';
  }

  /** A capitalised word of the name lists, or of none, right after token {@code at}. */
  private boolean nameWordAfter(TokenizedText text, int at) {
    int next = at + 1;
    if (next >= text.size()
        || text.gapBefore(next) != TokenizedText.GAP_SPACE
        || !text.capitalized(next)) {
      return false;
    }
    int kind = words.classify(text, next);
    return kind == KNOWN || kind == NameWords.NAME_LIKE;
  }

  /**
   * Verbs in the third person that follow a title as its subject ("visiting nurse goes to …", "the
   * doctor says"); a plural noun there is a surname ("doctor chambers", "doctor fields").
   */
  private static final java.util.Set<String> TITLE_VERBS =
      java.util.Set.of(
          "goes",
          "comes",
          "says",
          "thinks",
          "wants",
          "needs",
          "works",
          "sees",
          "visits",
          "knows",
          "does",
          "lives",
          "leaves",
          "arrives",
          "starts",
          "covers",
          "checks",
          "recommends",
          "prescribes",
          "suggests",
          "advises",
          "feels",
          "gets",
          "makes",
          "takes");

  /**
   * After a relation or a title ("my husband piotr snores", "visiting nurse goes to …") a
   * lower-case word no list has that is a verb in the third person ends the name: the relative or
   * the nurse is the subject of a clause.
   */
  boolean verbAfterRelation(TokenizedText text, int i, int cue) {
    if (cue == NameCues.TITLE) {
      return !text.capitalized(i) && TITLE_VERBS.contains(text.word(i));
    }
    return cue == NameCues.STRONG
        && !text.capitalized(i)
        && OrdinaryWordNames.thirdPerson(lexicon, text.word(i));
  }

  /**
   * "my name is maria ... lopez", "maria,\nlopez": a transcript writes a pause inside a name said
   * after a naming cue as a comma, dots or a line break. A listed surname after such a pause that
   * ends the sentence is the rest of the name.
   */
  private int afterPause(TokenizedText text, int end) {
    if (end >= text.size()
        || text.gapBefore(end) == TokenizedText.GAP_SPACE
        || !pause(text.text(), text.end(end - 1), text.start(end))
        || words.classify(text, end) != KNOWN
        || !lexicon.isSurname(text.word(end))
        || end + 1 < text.size() && text.gapBefore(end + 1) == TokenizedText.GAP_SPACE) {
      return end;
    }
    return end + 1;
  }

  /** Spaces with at most one comma, one line break, and no dot or two or three dots. */
  private static boolean pause(String text, int from, int to) {
    int commas = 0;
    int breaks = 0;
    int dots = 0;
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if (ch == ',') {
        commas++;
      } else if (ch == '\n') {
        breaks++;
      } else if (ch == '.') {
        dots++;
      } else if (ch == '\u2026') {
        dots += 3;
      } else if (!Character.isWhitespace(ch)) {
        return false;
      }
    }
    return commas <= 1 && breaks <= 1 && (dots == 0 || dots == 2 || dots == 3);
  }

  /**
   * "Ines K. Varga", "Vreenko H. Wierig": a capital initial between a capitalised name word and a
   * capitalised word no list has.
   */
  private boolean initialOfCapitals(TokenizedText text, int head, int initial) {
    return Character.isUpperCase(text.text().charAt(text.start(initial)))
        && (text.capitalized(head) || writtenCapital(text, head))
        && text.capitalized(initial + 1)
        && words.classify(text, initial + 1) != AMBIGUOUS
        && !lexicon.isFunctionWord(base(text, initial + 1))
        && !acronym(text, initial + 1);
  }

  /** An ambiguous word is a name here unless a pronoun, verb or the like follows it. */
  private boolean usedAsName(TokenizedText text, int i) {
    if (text.capitalized(i)) {
      return true;
    }
    if (MODALS.contains(text.word(i))) {
      return false; // "Dr. Shepherd will review the chart"
    }
    int next = i + 1;
    if (next >= text.size() || text.gapBefore(next) != TokenizedText.GAP_SPACE) {
      return lexicon.isSurname(text.word(i));
    }
    return !lexicon.isFunctionWord(text.word(next)) && lexicon.isSurname(text.word(i));
  }

  /**
   * "Lopez, Maria" in a text with capitals: a surname, a comma and a first name are one name.
   * Returns the end of the name, or {@code end} when the words are not written so.
   */
  int inverted(TokenizedText text, int i, int end, int cue) {
    boolean lineStart = (i == 0 || text.gapBefore(i) == TokenizedText.GAP_STOP);
    if (end >= text.size()
        || text.gapBefore(end) != TokenizedText.GAP_COMMA
        || !text.capitalized(end)
        || labelAt(text, end) // "Nachname: Müller, Vorname: Jürgen"
        || !(text.capitalized(i)
            || i > 0 && text.gapBefore(i) == TokenizedText.GAP_SPACE
            || (cue >= NAMING || lineStart) && writtenCapital(text, i))) {
      return end;
    }
    if (cue < NAMING && lineStart && recordLine(text, i, end)) {
      return end + 1; // "Rosenthal, Kateswick - DOB on file"
    }
    String surname = base(text, i);
    String first = base(text, end);
    boolean clearSurname = lexicon.isSurname(surname) && !lexicon.isFirstName(surname);
    boolean clearFirst = lexicon.isFirstName(first) && !lexicon.isAmbiguousName(first);
    if (cue >= NAMING) {
      // After "Patient:" or "Name:" a capitalized word no list has reads as a name too.
      int firstKind = words.classify(text, end);
      clearFirst |= firstKind != COMMON && !acronym(text, end);
      clearSurname |= words.classify(text, i) != COMMON;
    }
    boolean capitalSurname =
        Character.isUpperCase(text.text().charAt(text.start(i))) && !acronym(text, i);
    return clearSurname && clearFirst && capitalSurname ? end + 1 : end;
  }

  /**
   * A line that starts with "Surname, Given" and ends there or goes on after a dash or a stop, as
   * records list people: both words name words, one of them in the name lists, and not a town and
   * its country.
   */
  private boolean recordLine(TokenizedText text, int i, int end) {
    int after = end + 1;
    if (after < text.size() && text.gapBefore(after) == TokenizedText.GAP_SPACE) {
      return false;
    }
    String surname = base(text, i);
    String first = base(text, end);
    return words.classify(text, i) != COMMON
        && words.classify(text, end) != COMMON
        && !acronym(text, i)
        && !acronym(text, end)
        && (lexicon.isSurname(surname) || lexicon.isFirstName(first))
        && lexicon.cities().longestAt(text, i) == null
        && NameRecognizer.COUNTRIES.longestAt(text, end) == null; // not "Paris, France"
  }

  /** "dr bishop's": an ordinary word with a possessive right after a title. */
  boolean titledPossessive(TokenizedText text, int i) {
    String word = text.word(i);
    return possessive(word) && !lexicon.isFunctionWord(base(text, i)) && base(text, i).length() > 1;
  }
}
