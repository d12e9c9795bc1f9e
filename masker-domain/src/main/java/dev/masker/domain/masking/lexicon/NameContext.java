package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameCues.STRONG;
import static dev.masker.domain.masking.lexicon.NameCues.WEAK;
import static dev.masker.domain.masking.lexicon.NameWords.COMMON;
import static dev.masker.domain.masking.lexicon.NameWords.KNOWN;
import static dev.masker.domain.masking.lexicon.NameWords.NAME_LIKE;
import static dev.masker.domain.masking.lexicon.NameWords.acronym;
import static dev.masker.domain.masking.lexicon.NameWords.base;
import static dev.masker.domain.masking.lexicon.NameWords.possessive;

import dev.masker.domain.masking.Detection;
import java.util.List;
import java.util.Set;

/**
 * What the words around a candidate name say of it when the cue before it is weak or missing: an
 * ordinary word after a personal title ("doctor finch"), capitalised pairs ("Ólafur Jónsson
 * signed"), a possessive ("Varga's notes"), "the Okafor family", "belado here, ...", a relation
 * after the name ("... is my wife"), a listed surname after a rare word ("my wife guru caldera").
 * Each predicate looks at a bounded number of tokens around the candidate. Built once, then only
 * read: safe to share between threads.
 */
final class NameContext {
  /** Saints' names name churches, hospitals and towns ("St. Mary's"), not people. */
  private static final Set<String> SAINTS = Lexicon.read("saint-words.txt");

  /** Titles after which an ordinary word is a surname ("doctor finch", "Dr. Shepherd"). */
  private static final Set<String> PERSONAL_TITLES =
      Set.of(
          "dr",
          "doctor",
          "mr",
          "mrs",
          "ms",
          "mx",
          "prof",
          "professor",
          "nurse",
          "mister",
          "missus");

  /** Ordinary words after a title that are no surname ("doctor appointment", "doctor said"). */
  static final Set<String> TITLE_STOPS = Lexicon.read("title-surname-stops.txt");

  /** Greetings, thanks and polite address of other languages: two of them are no name. */
  static final Set<String> COURTESY_WORDS = Lexicon.read("courtesy-words.txt");

  /** Words before "doctor" that make it a noun, not a title ("the doctor", "my doctor"). */
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that", "these",
          "those", "its", "any", "some", "no", "every", "each", "which", "what", "whose", "other");

  /** Surnames that name a disease, a sign or a shop with a possessive ("Parkinson's"). */
  static final Set<String> EPONYMS = Lexicon.read("eponyms.txt");

  /** Words after a possessive that make it a disease or a thing ("Bell's palsy"). */
  private static final Set<String> EPONYM_FOLLOWERS = Lexicon.read("eponym-followers.txt");

  /** Words before a capitalised pair that make it a place ("in", "from", "at", "the"). */
  static final Set<String> PLACE_WORDS =
      Set.of("in", "at", "from", "to", "near", "via", "into", "the", "of", "on", "visit");

  /** Words after a place name that make it a facility ("clinic", "hospital"). */
  private static final Set<String> FACILITY_WORDS = Lexicon.read("facility-words.txt");

  /** Words after "the" and a capitalised word that make it a family name ("the Okafor family"). */
  private static final Set<String> FAMILY_WORDS =
      Set.of(
          "family",
          "family's",
          "families",
          "household",
          "residence",
          "twins",
          "siblings",
          "brothers",
          "sisters");

  /** Relatives and carers ("wife", "daughter", "caregiver"). */
  static final Set<String> RELATIONS = Lexicon.read("relations.txt");

  /** Words after a name that opens a turn and says who speaks ("belado here", "ana speaking"). */
  static final Set<String> HERE_WORDS = Set.of("here", "speaking");

  private final Lexicon lexicon;
  private final NameWords words;

  NameContext(Lexicon lexicon, NameWords words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /**
   * "doctor fried and nurse zwan": a word in "-ed" after a title followed by "and" and a title,
   * unless it is the past tense of an ordinary verb ("doctor visited and nurse ann came").
   */
  private boolean beforeAnotherTitle(TokenizedText text, int i) {
    String word = base(text, i);
    int length = word.length();
    if (!word.endsWith("ed")
        || lexicon.isCommonWord(word.substring(0, length - 2))
        || lexicon.isCommonWord(word.substring(0, length - 1))) {
      return false;
    }
    return i + 2 < text.size()
        && text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
        && text.gapBefore(i + 2) == TokenizedText.GAP_SPACE
        && text.word(i + 1).equals("and")
        && PERSONAL_TITLES.contains(text.word(i + 2));
  }

  /**
   * An ordinary word right after a personal title is a surname ("doctor finch", "Dr. Shepherd"),
   * unless it is a word that follows "doctor" as a noun ("doctor appointment", "doctor said"), a
   * verb form, or the title is itself a noun ("the doctor", "my doctor").
   */
  boolean titledWord(TokenizedText text, int i) {
    if (i == 0 || text.gapBefore(i) != TokenizedText.GAP_SPACE) {
      return false;
    }
    String word = base(text, i);
    if (!PERSONAL_TITLES.contains(text.word(i - 1))
        || word.length() < 3
        || text.isDigits(i)
        || lexicon.isFunctionWord(word)
        || TITLE_STOPS.contains(word)
        || word.endsWith("n't")) { // "the home health nurse hasn't come"
      return false;
    }
    if (text.capitalized(i) || NameWords.writtenCapital(text, i)) {
      return true; // "Dr. Shepherd will review the chart"
    }
    if (inflected(word) && !beforeAnotherTitle(text, i)) {
      return false; // but "doctor fried and nurse zwan": a surname between two titles
    }
    // "the doctor", "a good doctor", "my family doctor": a noun, not a title.
    for (int before = i - 2; before >= 0 && before >= i - 3; before--) {
      if (text.gapBefore(before + 1) != TokenizedText.GAP_SPACE) {
        return true;
      }
      if (DETERMINERS.contains(text.word(before))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A verb form or an adverb made of an ordinary word ("calling", "booked", "really"), not a
   * surname that only ends like one ("king", "reed", "kelly").
   */
  private boolean inflected(String word) {
    for (String ending : INFLECTIONS) {
      if (word.endsWith(ending)) {
        String stem = word.substring(0, word.length() - ending.length());
        int length = stem.length();
        return length >= 3 && lexicon.isCommonWord(stem)
            || length >= 2
                && (lexicon.isCommonWord(stem + "e")
                    || length >= 3
                        && stem.charAt(length - 1) == stem.charAt(length - 2)
                        && lexicon.isCommonWord(stem.substring(0, length - 1)));
      }
    }
    return false;
  }

  private static final List<String> INFLECTIONS = List.of("ing", "ed", "ly");

  /**
   * Two capitalised name words side by side in a text with both cases, also at the start of a
   * sentence ("Darnel Balla attended", "Present: Ines Varga"): one of them listed, or a cue before
   * them ("by Belfenova Zozoian").
   */
  boolean capitalPair(TokenizedText text, int i, int kind, int cue) {
    if (!(text.capitalized(i) || NameWords.writtenCapital(text, i)) || acronym(text, i)) {
      return false;
    }
    int next = i + 1;
    while (next + 1 < text.size()
        && next - i <= 2
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && NameWords.PARTICLES.contains(text.word(next))
        && Character.isLowerCase(text.text().charAt(text.start(next)))) {
      next++; // particles: "Miard abu Urbansky", "Ana de la Cruz"
    }
    if (next + 1 < text.size()
        && text.word(next).length() == 1
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && Character.isUpperCase(text.text().charAt(text.start(next)))) {
      next++; // a middle initial: "Ines K. Varga"
    }
    if (next >= text.size()
        || text.gapBefore(next) != TokenizedText.GAP_SPACE
        || !text.capitalized(next)
        || acronym(text, next)) {
      return false;
    }
    int nextKind = words.classify(text, next);
    if (nextKind != KNOWN && nextKind != NAME_LIKE) {
      return false;
    }
    if (COURTESY_WORDS.contains(base(text, i)) && COURTESY_WORDS.contains(base(text, next))) {
      return false; // "Gracias Señor", "Buenos Días", "Danke Schön"
    }
    return kind == KNOWN || nextKind == KNOWN || cue >= WEAK || barePair(text, i, next);
  }

  /**
   * Two capitalised words no list has, with no cue ("Ólafur Jónsson signed the form"), one of them
   * with a letter outside ASCII: a name when they stand alone — not inside a longer run of
   * capitalised words ("Kaiser Permanente Health Plan"), not after a place word ("in", "from",
   * "at"), not before a number, a street or a facility word.
   */
  boolean barePair(TokenizedText text, int i, int last) {
    if (words.classify(text, i) != NAME_LIKE || words.classify(text, last) != NAME_LIKE) {
      return false;
    }
    // Drug brands and generics look the same ("Xarelto Rivaroxaban"): letters no English word has
    // ("Ólafur Jónsson", "Żaneta Wróblewska"), or a word no dictionary has when neither is a
    // medicine of the lists ("Shukuru Chebet", "Quang Le"), make a bare pair a name.
    String head = base(text, i);
    String tail = base(text, last);
    boolean unheard =
        !words.term(head)
            && !words.term(tail)
            && (words.unheardWord(head) || words.unheardWord(tail));
    if (!(accented(text, i) || accented(text, last) || unheard)
        || SelfIntroductions.notNameEnding(base(text, i))
        || SelfIntroductions.notNameEnding(base(text, last))) {
      return false;
    }
    if (i > 0 && text.gapBefore(i) == TokenizedText.GAP_SPACE) {
      String before = text.word(i - 1);
      // inside a run of capitalised words ("Kaiser Permanente Health"), not after a role ("GP")
      if (text.capitalized(i - 1) && !acronym(text, i - 1) || PLACE_WORDS.contains(before)) {
        return false;
      }
    }
    int after = last + 1;
    if (after < text.size() && text.gapBefore(after) == TokenizedText.GAP_SPACE) {
      String next = text.word(after);
      return !(text.capitalized(after)
              || text.isDigits(after)
              || FACILITY_WORDS.contains(next)
              || lexicon.isStreetSuffix(next))
          || valueAfter(text, after)
          || RecordLabels.valueAfter(text, after); // "… Quarrendale DOB 08/19/1952" (ADR 32)
    }
    return true;
  }

  /**
   * Two capitalised words no list has, a comma between, before a phone number or a date, at the
   * start of a line or after a mark: a record line's name, surname first ("Brackenridge, Ottilie
   * 971-555-0148").
   */
  boolean invertedRecord(TokenizedText text, int i) {
    int given = i + 1;
    return given + 1 < text.size()
        && Character.isUpperCase(text.text().charAt(text.start(i))) // capitalised at a line's start
        && text.capitalized(given)
        && text.gapBefore(given) == TokenizedText.GAP_COMMA
        && text.gapBefore(given + 1) == TokenizedText.GAP_SPACE
        && (i == 0 || text.gapBefore(i) != TokenizedText.GAP_SPACE)
        && (words.classify(text, given) == NAME_LIKE || lexicon.isFirstName(base(text, given)))
        && !words.term(base(text, i))
        && !words.term(base(text, given))
        && valueAfter(text, given + 1);
  }

  /** A phone number or a date written right after a name, as a record line holds them. */
  private static final java.util.regex.Pattern RECORD_VALUE =
      java.util.regex.Pattern.compile(
          "(?:\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]?\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})"
              + "(?![\\w/-])");

  /**
   * Whether a phone number or a date starts at token {@code i}: a record line ("Ottilie
   * Brackenridge 971 555 0148", "… 1961-02-17"), not a house number ("… Brackenridge 12 Main").
   */
  private static boolean valueAfter(TokenizedText text, int i) {
    int start = text.start(i);
    return RECORD_VALUE
        .matcher(text.text())
        .region(start, Math.min(text.text().length(), start + 16))
        .lookingAt();
  }

  /** Token {@code i} holds a letter outside ASCII ("Jónsson", "Wróblewska"). */
  private static boolean accented(TokenizedText text, int i) {
    for (int c = text.start(i); c < text.end(i); c++) {
      if (text.text().charAt(c) > 0x7f) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word no list has before a listed name that ends where a name ends, after a cue ("can i speak
   * with loloova konieczna please"): the pair is a name even in lower case.
   */
  boolean beforeListedName(TokenizedText text, int i) {
    int next = i + 1;
    return next < text.size()
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && words.classify(text, next) == KNOWN
        && NameConfidence.endsHere(text, next + 1);
  }

  /**
   * A capitalised ordinary word before a capitalised listed surname or a capitalised word no
   * dictionary has ("Mano Jakubowski", "Nils Forsman", "I'm Ren Ishikawa"): a first name that is
   * also an English word.
   */
  boolean capitalBeforeSurname(TokenizedText text, int i) {
    int next = i + 1;
    return (text.capitalized(i) || NameWords.writtenCapital(text, i))
        && !lexicon.isFunctionWord(base(text, i))
        && !NameWords.PARTICLES.contains(text.word(i))
        && !SAINTS.contains(text.word(i))
        && !lexicon.isHonorific(text.word(i))
        && !text.isDigits(i)
        && !possessive(text.word(i))
        && next < text.size()
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && text.capitalized(next)
        && (words.classify(text, next) == KNOWN && lexicon.isSurname(base(text, next))
            || words.unheardCapital(text, next));
  }

  /**
   * "belado here, i'm calling about ...": a word that opens the turn (after "hi", "yeah" and the
   * like) followed by "here" and a break.
   */
  static boolean hereAtOpening(TokenizedText text, int i) {
    if (i > 3 || i + 1 >= text.size() || !HERE_WORDS.contains(text.word(i + 1))) {
      return false;
    }
    for (int t = 0; t < i; t++) {
      if (!NameCues.OPENERS.contains(text.word(t))) {
        return false;
      }
    }
    return text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
        && (i + 2 >= text.size()
            || text.gapBefore(i + 2) != TokenizedText.GAP_SPACE
            || AFTER_SPEAKING.contains(text.word(i + 2)));
  }

  /** What a caller says after "… speaking" when speech-to-text leaves out the comma. */
  private static final Set<String> AFTER_SPEAKING =
      Set.of("who's", "who", "how", "what", "can", "may", "is", "this", "yes", "hello", "hi");

  /**
   * A rare ordinary word before a listed surname after a cue, in lower case ("my wife guru
   * caldera", "this is nils forsman"): a first name that is also an English word.
   */
  boolean wordBeforeSurname(TokenizedText text, int i, int cue) {
    int next = i + 1;
    String word = base(text, i);
    return !lexicon.isFunctionWord(word)
        && !NameWords.PARTICLES.contains(word)
        && !lexicon.isHonorific(word)
        && !text.isDigits(i)
        && !possessive(text.word(i))
        && next < text.size()
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && words.classify(text, next) == KNOWN
        && lexicon.isSurname(base(text, next))
        && !lexicon.isFirstName(base(text, next))
        && (cue >= STRONG || NameConfidence.endsHere(text, next + 1));
  }

  /**
   * The end of two words no list has after a cue, with up to two particles between them, ending
   * where a name ends ("the patient is belfenova zozoian-zoani", "can i speak with danwick
   * mikaelsson please"), or with particles also before a pronoun ("the nurse was lomiwick de la
   * danenko i think"); -1 when there is none.
   */
  int unlistedPairEnd(TokenizedText text, int i) {
    int next = i + 1;
    while (next < text.size()
        && next - i <= 2
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && NameWords.PARTICLES.contains(text.word(next))) {
      next++;
    }
    boolean pair =
        next < text.size()
            && text.gapBefore(next) == TokenizedText.GAP_SPACE
            && words.classify(text, i) == NAME_LIKE
            && (words.classify(text, next) == NAME_LIKE
                || next > i + 1 && words.classify(text, next) == KNOWN)
            && !SelfIntroductions.notNameEnding(base(text, i))
            && !SelfIntroductions.notNameEnding(base(text, next));
    if (!pair) {
      return -1;
    }
    int after = next + 1;
    boolean ends =
        NameConfidence.endsHere(text, after)
            || next > i + 1
                && text.gapBefore(after) == TokenizedText.GAP_SPACE
                && OrdinaryWordNames.SUBJECT_PRONOUNS.contains(text.word(after));
    return ends ? after : -1;
  }

  /**
   * One word no list has that ends where a name ends ("it's listed under kass", "the appointment is
   * for selstrom"): read as a name after a phrase naming whom a record is under.
   */
  boolean unlistedAlone(TokenizedText text, int i) {
    return words.classify(text, i) == NAME_LIKE
        && !CalendarWords.CALENDAR_WORDS.contains(base(text, i))
        && base(text, i).length() >= 3
        && !text.isDigits(i)
        && !SelfIntroductions.notNameEnding(base(text, i))
        && NameConfidence.endsHere(text, i + 1);
  }

  /**
   * A name followed by the relation it names ("danvreski belova is my wife", "Ines is our
   * daughter"): returns the end of the name (up to three name words), or -1.
   */
  int relationAfter(TokenizedText text, int i) {
    int end = i + 1;
    while (end < text.size()
        && end - i < 3
        && text.gapBefore(end) == TokenizedText.GAP_SPACE
        && words.classify(text, end) != COMMON) {
      end++;
    }
    if (end + 2 >= text.size()
        || text.gapBefore(end) != TokenizedText.GAP_SPACE
        || text.gapBefore(end + 1) != TokenizedText.GAP_SPACE
        || text.gapBefore(end + 2) != TokenizedText.GAP_SPACE) {
      return -1;
    }
    String verb = text.word(end);
    String owner = text.word(end + 1);
    return (verb.equals("is") || verb.equals("was"))
            && (owner.equals("my") || owner.equals("our"))
            && RELATIONS.contains(text.word(end + 2))
        ? end
        : -1;
  }

  /**
   * "the Okafor family", "the Menon household", "the morales residence": a capitalised word, or a
   * listed surname in lower-case speech, that names a family.
   */
  boolean familyName(TokenizedText text, int i, boolean headCapital) {
    return (headCapital || text.lowerCase() && lexicon.isSurname(base(text, i)))
        && i > 0
        && i + 1 < text.size()
        && text.word(i - 1).equals("the")
        && text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
        && FAMILY_WORDS.contains(text.word(i + 1));
  }

  /** Words between "or" or "and" and the next name of a list: "burak or sometimes pat". */
  private static final Set<String> HEDGES = Set.of("sometimes", "maybe", "probably", "also");

  /**
   * Token {@code i} comes after a comma, "and" or "or" right after a name just reported, a hedge
   * between or not ("it's burak or sometimes pat").
   */
  static boolean followsName(TokenizedText text, int i, List<Detection> found) {
    if (found.isEmpty() || i < 2) {
      return false;
    }
    int previousEnd = found.get(found.size() - 1).end();
    if (text.gapBefore(i) == TokenizedText.GAP_COMMA) {
      return previousEnd == text.end(i - 1);
    }
    int join = i - 1;
    if (join >= 2 && HEDGES.contains(text.word(join))) {
      join--;
    }
    return text.gapBefore(i) == TokenizedText.GAP_SPACE
        && (text.word(join).equals("and") || text.word(join).equals("or"))
        && previousEnd == text.end(join - 1);
  }

  /**
   * A capitalised name word with a possessive ("Weber's results", "Please call Varga's office"),
   * unless it names a disease or a shop ("Parkinson's", "Bell's palsy").
   */
  boolean ownerCapital(TokenizedText text, int i, int kind, boolean headCapital) {
    if (!possessive(text.word(i))
        || !(headCapital || NameWords.writtenCapital(text, i))
        || kind != KNOWN && kind != NAME_LIKE
        || base(text, i).length() < 3
        || EPONYMS.contains(base(text, i))) {
      return false;
    }
    int next = i + 1;
    return next >= text.size() || !EPONYM_FOLLOWERS.contains(text.word(next));
  }

  /**
   * "i'm violeta, luak's wife": a name word with a possessive right before a relation; the owner is
   * a person.
   */
  boolean ownerOfRelation(TokenizedText text, int i, int kind) {
    int next = i + 1;
    return possessive(text.word(i))
        && (kind == KNOWN || kind == NAME_LIKE)
        && base(text, i).length() >= 3
        && next < text.size()
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && RELATIONS.contains(text.word(next));
  }
}
