package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameCues.MEDIUM;
import static dev.masker.domain.masking.lexicon.NameCues.NAMING;
import static dev.masker.domain.masking.lexicon.NameCues.STRONG;
import static dev.masker.domain.masking.lexicon.NameCues.TITLE;
import static dev.masker.domain.masking.lexicon.NameCues.WEAK;
import static dev.masker.domain.masking.lexicon.NameWords.COMMON;
import static dev.masker.domain.masking.lexicon.NameWords.KNOWN;
import static dev.masker.domain.masking.lexicon.NameWords.NAME_LIKE;
import static dev.masker.domain.masking.lexicon.NameWords.acronym;
import static dev.masker.domain.masking.lexicon.NameWords.base;
import static dev.masker.domain.masking.lexicon.NameWords.canonical;
import static dev.masker.domain.masking.lexicon.NameWords.possessive;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Person names from the first-name and surname lists: single names, "first last" and "first middle
 * last", weighed by the cue before them ("my name is", "this is", "Dr.", "my father"), by capitals
 * when the text has them, and by the words after them. After a title, a naming cue or a relation
 * ("dr okafor", "my wife fatima al sayed") words that are in no list and are not ordinary English
 * words are taken as a name too, with particles ("al", "de la", "van der") between name words; a
 * possessive "'s" ends the name and stays outside the span. Names that are also ordinary words
 * ("will", "may", "grant") are reported only after a strong cue or beside another name. Letters
 * spelled out after a name ("y i l m a z") are a name of their own when they spell a word said just
 * before or a listed name, or follow a naming cue ("the last name is k r i s h ..."). Form labels
 * with a colon ("Name:", "Patient:", "Signed:") are naming cues; a capitalized word after a
 * greeting ("Hi June,") is the person greeted; at the start of a turn, words no list has after
 * "this is" or "i'm" are a name when they end where a name ends (not adjectives or generic drug
 * names). Names after "St." (facilities) and inside a spoken e-mail address are not reported. The
 * canonical value is the name in lower case, accents removed, with single spaces.
 *
 * <p>The work is shared out: {@link NameCues} reads the cue before each token, {@link NameWords}
 * what each token is as a name word, {@link NameExtent} how far a name reaches, {@link
 * NameConfidence} how sure it is, {@link SpelledNames} and {@link SelfIntroductions} the names
 * spelled out and introduced, {@link SpokenAddressContext} the names that belong to a spoken
 * address. This class walks the tokens and decides where each candidate starts.
 */
public final class NameRecognizer implements Recognizer {

  /** Saints' names name churches, hospitals and towns ("St. Mary's"), not people. */
  private static final Set<String> SAINTS = Lexicon.read("saint-words.txt");

  /** Titles after which an ordinary word is a surname ("doctor finch", "Dr. Shepherd"). */
  private static final Set<String> PERSONAL_TITLES =
      Set.of("dr", "doctor", "mr", "mrs", "ms", "mx", "prof", "professor");

  /** Ordinary words after a title that are no surname ("doctor appointment", "doctor said"). */
  private static final Set<String> TITLE_STOPS = Lexicon.read("title-surname-stops.txt");

  /** Words before "doctor" that make it a noun, not a title ("the doctor", "my doctor"). */
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that", "these",
          "those", "its", "any", "some", "no", "every", "each", "which", "what", "whose", "other");

  /** Surnames that name a disease, a sign or a shop with a possessive ("Parkinson's"). */
  private static final Set<String> EPONYMS = Lexicon.read("eponyms.txt");

  /** Words after a possessive that make it a disease or a thing ("Bell's palsy"). */
  private static final Set<String> EPONYM_FOLLOWERS = Lexicon.read("eponym-followers.txt");

  /** Words before a capitalised pair that make it a place ("in", "from", "at", "the"). */
  private static final Set<String> PLACE_WORDS =
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
          "twins",
          "siblings",
          "brothers",
          "sisters");

  /** Relatives and carers ("wife", "daughter", "caregiver"). */
  private static final Set<String> RELATIONS = Lexicon.read("relations.txt");

  /** Confidence of words no list has that the context names ("X is my wife", "speak with X Y"). */
  private static final double NAMED_BY_CONTEXT = 0.7;

  /** Confidence of two capitalised words no list has, with no cue ("Ólafur Jónsson"). */
  private static final double BARE_PAIR = 0.62;

  /** Confidence of a capitalised name with a possessive and no cue ("Weber's results"). */
  private static final double OWNER = 0.66;

  /** Confidence of a name after a cue that starts with a particle ("dr von winiarski"). */
  private static final double PARTICLE_FIRST = 0.85;

  private final Lexicon lexicon;
  private final NameCues cues;
  private final NameWords words;
  private final NameExtent extent;
  private final NameConfidence confidence;
  private final SpelledNames spelled;
  private final SelfIntroductions introductions;

  public NameRecognizer() {
    this(Lexicon.standard());
  }

  NameRecognizer(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.cues = new NameCues(lexicon);
    this.words = new NameWords(lexicon);
    this.extent = new NameExtent(lexicon, words);
    this.confidence = new NameConfidence(lexicon, words);
    this.spelled = new SpelledNames(lexicon, words);
    this.introductions = new SelfIntroductions(lexicon, words);
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
    int[] marks = cues.marks(text);
    int i = 0;
    while (i < size) {
      int spelledEnd = SpelledNames.runEnd(text, i);
      if (spelledEnd > i) {
        spelled.report(text, i, spelledEnd, NameCues.strength(marks[i]) == NAMING, found);
        i = spelledEnd;
        continue;
      }
      int end = candidateAt(text, i, marks[i], found);
      if (end == i + 1 && NameCues.introduced(marks[i])) {
        end = Math.max(end, introductions.report(text, i, found));
      }
      i = Math.max(end, i + 1);
    }
    return found;
  }

  /** Reports the name starting at token {@code i}, if any; returns the token after it. */
  private int candidateAt(TokenizedText text, int i, int marks, List<Detection> found) {
    int cue = NameCues.strength(marks);
    if (cue <= WEAK && NameCues.greeted(marks) && text.capitalized(i) && addressed(text, i)) {
      cue = MEDIUM; // "Hi June,", "Thanks, Kenji"
    }
    if (cue < TITLE && i > 0 && SAINTS.contains(text.word(i - 1))) {
      return i + 1; // "St. Mary's"
    }
    int kind = words.classify(text, i);
    if (kind == COMMON && cue >= STRONG && NameWords.PARTICLES.contains(text.word(i))) {
      return particleFirst(text, i, cue, found); // "dr von winiarski", "my name is de la cruz"
    }
    if (kind == COMMON
        && cue == TITLE
        && (extent.titledPossessive(text, i) || titledWord(text, i))) {
      kind = NAME_LIKE; // "dr bishop's office", "doctor finch"
    }
    if (kind == COMMON
        && NameCues.listed(marks)
        && NameWords.writtenCapital(text, i)
        && !lexicon.isFunctionWord(base(text, i))) {
      kind = NAME_LIKE; // "the two nurses on shift, Varga and Holm"
    }
    if (kind == COMMON
        && (cue >= WEAK && capitalBeforeSurname(text, i)
            || cue >= MEDIUM && wordBeforeSurname(text, i, cue))) {
      kind = NAME_LIKE; // "Directed by Mano Jakubowski", "my wife guru caldera"
    }
    if (kind == COMMON) {
      return i + 1;
    }
    if (cue < WEAK && followsName(text, i, found)) {
      cue = WEAK; // "Belova Pellegrini, Danado Akintade and the ward clerk"
    }
    String head = base(text, i);
    boolean headCapital = text.capitalized(i);
    boolean pair = capitalPair(text, i, kind, cue);
    boolean owner = ownerCapital(text, i, kind, headCapital);
    boolean family = familyName(text, i, headCapital);
    boolean here = hereAtOpening(text, i);
    int relatedEnd = kind == COMMON ? -1 : relationAfter(text, i);
    boolean unlistedPair = cue >= MEDIUM && unlistedPair(text, i);
    if (kind == NAME_LIKE
        && !(cue == NAMING
            || cue == TITLE
            || cue == STRONG
            || headCapital && cue >= MEDIUM
            || cue >= MEDIUM && beforeListedName(text, i)
            || pair
            || owner
            || family
            || here
            || relatedEnd > 0
            || unlistedPair)) {
      return i + 1;
    }
    if (cue < MEDIUM && lexicon.isStateName(head) || cue < NAMING && acronym(text, i)) {
      return i + 1;
    }
    int end = relatedEnd > 0 ? relatedEnd : extent.extend(text, i, cue);
    if (end == i + 1 && !NameCues.listed(marks)) {
      end = extent.inverted(text, i, end, cue);
    }
    if (SpokenAddressContext.insideAddress(text, i, end)) {
      return end;
    }
    double sure = confidence.of(text, i, end, cue);
    if ((owner || family || here) && end == i + 1) {
      sure = Math.max(sure, OWNER);
    }
    if (relatedEnd > 0 || unlistedPair && end == i + 2) {
      sure = Math.max(sure, NAMED_BY_CONTEXT);
    }
    if (sure <= 0 && pair && cue < WEAK && end > i + 1 && kind == NAME_LIKE) {
      sure = BARE_PAIR;
    }
    if (sure <= 0) {
      return i + 1;
    }
    int last = end - 1;
    int spanEnd = possessive(text.word(last)) ? text.end(last) - 2 : text.end(last);
    found.add(
        new Detection(
            EntityKind.NAME,
            text.start(i),
            spanEnd,
            Math.min(0.97, sure),
            Pass.LEXICON,
            canonical(text, i, end)));
    return end;
  }

  /**
   * A name that starts with particles right after a title or a naming cue ("dr von winiarski", "my
   * name is de la cruz"): the particles and the name words after them. Returns the token after the
   * name, or {@code i + 1} when no name word follows the particles.
   */
  private int particleFirst(TokenizedText text, int i, int cue, List<Detection> found) {
    int at = i;
    while (at < text.size()
        && at - i < 3
        && (at == i || text.gapBefore(at) == TokenizedText.GAP_SPACE)
        && NameWords.PARTICLES.contains(text.word(at))) {
      at++;
    }
    if (at >= text.size()
        || text.gapBefore(at) != TokenizedText.GAP_SPACE
        || lexicon.isFunctionWord(base(text, at))
        || base(text, at).length() < 2
        || text.isDigits(at)) {
      return i + 1;
    }
    int end = extent.extend(text, at, cue);
    if (SpokenAddressContext.insideAddress(text, i, end)) {
      return end;
    }
    int last = end - 1;
    int spanEnd = possessive(text.word(last)) ? text.end(last) - 2 : text.end(last);
    found.add(
        new Detection(
            EntityKind.NAME,
            text.start(i),
            spanEnd,
            PARTICLE_FIRST,
            Pass.LEXICON,
            canonical(text, i, end)));
    return end;
  }

  /**
   * An ordinary word right after a personal title is a surname ("doctor finch", "Dr. Shepherd"),
   * unless it is a word that follows "doctor" as a noun ("doctor appointment", "doctor said"), a
   * verb form, or the title is itself a noun ("the doctor", "my doctor").
   */
  private boolean titledWord(TokenizedText text, int i) {
    if (i == 0 || text.gapBefore(i) != TokenizedText.GAP_SPACE) {
      return false;
    }
    String word = base(text, i);
    if (!PERSONAL_TITLES.contains(text.word(i - 1))
        || word.length() < 3
        || text.isDigits(i)
        || lexicon.isFunctionWord(word)
        || TITLE_STOPS.contains(word)) {
      return false;
    }
    if (text.capitalized(i) || NameWords.writtenCapital(text, i)) {
      return true; // "Dr. Shepherd will review the chart"
    }
    if (word.endsWith("ing") || word.endsWith("ed") || word.endsWith("ly")) {
      return false;
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
   * Two capitalised name words side by side in a text with both cases, also at the start of a
   * sentence ("Darnel Balla attended", "Present: Ines Varga"): one of them listed, or a cue before
   * them ("by Belfenova Zozoian").
   */
  private boolean capitalPair(TokenizedText text, int i, int kind, int cue) {
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
    return kind == KNOWN || nextKind == KNOWN || cue >= WEAK || barePair(text, i, next);
  }

  /**
   * Two capitalised words no list has, with no cue ("Ólafur Jónsson signed the form"): a name when
   * they stand alone — not inside a longer run of capitalised words ("Kaiser Permanente Health
   * Plan"), not after a place word ("in", "from", "at"), not before a number, a street or a
   * facility word.
   */
  private boolean barePair(TokenizedText text, int i, int last) {
    if (words.classify(text, i) != NAME_LIKE || words.classify(text, last) != NAME_LIKE) {
      return false;
    }
    if (i > 0 && text.gapBefore(i) == TokenizedText.GAP_SPACE) {
      String before = text.word(i - 1);
      if (text.capitalized(i - 1) || PLACE_WORDS.contains(before)) {
        return false;
      }
    }
    int after = last + 1;
    if (after < text.size() && text.gapBefore(after) == TokenizedText.GAP_SPACE) {
      String next = text.word(after);
      return !(text.capitalized(after)
          || text.isDigits(after)
          || FACILITY_WORDS.contains(next)
          || lexicon.isStreetSuffix(next));
    }
    return true;
  }

  /**
   * A word no list has before a listed name that ends where a name ends, after a cue ("can i speak
   * with loloova konieczna please"): the pair is a name even in lower case.
   */
  private boolean beforeListedName(TokenizedText text, int i) {
    int next = i + 1;
    return next < text.size()
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && words.classify(text, next) == KNOWN
        && NameConfidence.endsHere(text, next + 1);
  }

  /**
   * A capitalised ordinary word before a capitalised listed surname ("Mano Jakubowski", "Nils
   * Forsman"): a first name that is also a rare English word.
   */
  private boolean capitalBeforeSurname(TokenizedText text, int i) {
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
        && words.classify(text, next) == KNOWN
        && lexicon.isSurname(base(text, next));
  }

  /**
   * "belado here, i'm calling about ...": a word that opens the turn (after "hi", "yeah" and the
   * like) followed by "here" and a break.
   */
  private static boolean hereAtOpening(TokenizedText text, int i) {
    if (i > 3 || i + 1 >= text.size() || !text.word(i + 1).equals("here")) {
      return false;
    }
    for (int t = 0; t < i; t++) {
      if (!NameCues.OPENERS.contains(text.word(t))) {
        return false;
      }
    }
    return text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
        && (i + 2 >= text.size() || text.gapBefore(i + 2) != TokenizedText.GAP_SPACE);
  }

  /**
   * A rare ordinary word before a listed surname after a cue, in lower case ("my wife guru
   * caldera", "this is nils forsman"): a first name that is also an English word.
   */
  private boolean wordBeforeSurname(TokenizedText text, int i, int cue) {
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
   * Two words no list has after a cue, ending where a name ends ("the patient is belfenova
   * zozoian-zoani", "can i speak with danwick mikaelsson please").
   */
  private boolean unlistedPair(TokenizedText text, int i) {
    int next = i + 1;
    return next < text.size()
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && words.classify(text, i) == NAME_LIKE
        && words.classify(text, next) == NAME_LIKE
        && !SelfIntroductions.notNameEnding(base(text, i))
        && !SelfIntroductions.notNameEnding(base(text, next))
        && NameConfidence.endsHere(text, next + 1);
  }

  /**
   * A name followed by the relation it names ("danvreski belova is my wife", "Ines is our
   * daughter"): returns the end of the name (up to three name words), or -1.
   */
  private int relationAfter(TokenizedText text, int i) {
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

  /** "the Okafor family", "the Menon household": a capitalised word that names a family. */
  private static boolean familyName(TokenizedText text, int i, boolean headCapital) {
    return headCapital
        && i > 0
        && i + 1 < text.size()
        && text.word(i - 1).equals("the")
        && text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
        && FAMILY_WORDS.contains(text.word(i + 1));
  }

  /** Token {@code i} comes after a comma or "and" right after a name just reported. */
  private static boolean followsName(TokenizedText text, int i, List<Detection> found) {
    if (found.isEmpty() || i < 2) {
      return false;
    }
    int previousEnd = found.get(found.size() - 1).end();
    if (text.gapBefore(i) == TokenizedText.GAP_COMMA) {
      return previousEnd == text.end(i - 1);
    }
    return text.gapBefore(i) == TokenizedText.GAP_SPACE
        && text.word(i - 1).equals("and")
        && previousEnd == text.end(i - 2);
  }

  /**
   * A capitalised name word with a possessive ("Weber's results", "Please call Varga's office"),
   * unless it names a disease or a shop ("Parkinson's", "Bell's palsy").
   */
  private boolean ownerCapital(TokenizedText text, int i, int kind, boolean headCapital) {
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
   * After a greeting, a capitalized word that ends the phrase ("Hi June,") or is followed by a
   * capitalized name word ("Hi Mark Jones"): the person greeted, not the start of a title ("Thanks,
   * Grant Writing Team").
   */
  private boolean addressed(TokenizedText text, int i) {
    int next = i + 1;
    if (next >= text.size() || text.gapBefore(next) != TokenizedText.GAP_SPACE) {
      return true;
    }
    int kind = words.classify(text, next);
    return text.capitalized(next) && (kind == KNOWN || kind == NAME_LIKE);
  }
}
