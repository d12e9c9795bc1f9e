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
 * names). In a lower-case turn, a word no English dictionary has is a name with no cue at all
 * ("you'll find it under rusiimwa"), with the name words around it, unless it is a medicine, an
 * abbreviation, a place or the turn is in another language ({@link NameWords#unheard}); written
 * with a capital, such a word is a name too where it stands alone in a sentence (ADR 17). Ordinary
 * words are names where the turn says so: greeted before a self-introduction ("hi agita it's
 * irena"), between two naming cues, after a relation before a pronoun. A name written again in its
 * own script in parentheses is reported too ({@link NameInOwnScript}). Names after "St."
 * (facilities) and inside a spoken e-mail address are not reported. The canonical value is the name
 * in lower case, accents removed, with single spaces.
 *
 * <p>The work is shared out: {@link NameCues} reads the cue before each token, {@link NameWords}
 * what each token is as a name word, {@link NameExtent} how far a name reaches, {@link
 * NameConfidence} how sure it is, {@link NameContext} what the words around a candidate with a weak
 * cue or none say of it, {@link OrdinaryWordNames} the names made of ordinary English words, {@link
 * SpelledNames} and {@link SelfIntroductions} the names spelled out and introduced, {@link
 * SpokenAddressContext} the names that belong to a spoken address, {@link UnheardNames} the names
 * of words no dictionary has. This class walks the tokens and decides where each candidate starts.
 */
public final class NameRecognizer implements Recognizer {

  /** Saints' names name churches, hospitals and towns ("St. Mary's"), not people. */
  private static final Set<String> SAINTS = Lexicon.read("saint-words.txt");

  /**
   * Country names of many languages ("France", "Deutschland"), as the place recognizer has them.
   */
  static final PhraseTrie COUNTRIES = countries();

  /** How many tokens before a country name a house number or postal code is looked for. */
  private static final int ADDRESS_REACH = 8;

  /** Confidence of words no list has that the context names ("X is my wife", "speak with X Y"). */
  private static final double NAMED_BY_CONTEXT = 0.7;

  /** Confidence of two capitalised words no list has, with no cue ("Ólafur Jónsson"). */
  private static final double BARE_PAIR = 0.62;

  /** Confidence of a capitalised name with a possessive and no cue ("Weber's results"). */
  private static final double OWNER = 0.66;

  /**
   * Confidence of a word of the ambiguous-name list alone after a personal title that is no noun
   * there ("doctor cook told me"; not "the doctor", "doctor's orders"), before a function word.
   */
  private static final double TITLED_WORD = 0.8;

  /** Confidence of a name after a cue that starts with a particle ("dr von winiarski"). */
  private static final double PARTICLE_FIRST = 0.85;

  /** Confidence of a word no dictionary has in a lower-case turn, with no cue ("rusiimwa"). */
  private static final double UNHEARD = 0.65;

  private static PhraseTrie countries() {
    var trie = new PhraseTrie();
    for (String country : Lexicon.read("country-names.txt")) {
      trie.add(country, 1);
    }
    return trie;
  }

  private final Lexicon lexicon;
  private final NameCues cues;
  private final NameWords words;
  private final NameExtent extent;
  private final NameConfidence confidence;
  private final SpelledNames spelled;
  private final SelfIntroductions introductions;
  private final NameContext context;
  private final CountryMention countries = new CountryMention(COUNTRIES);
  private final TitleCaseHeading headings;
  private final OrdinaryWordNames ordinaryWords;
  private final PersonSlots slots;
  private final UnheardNames unheardNames;
  private final CoordinatedNames coordinated;
  private final NameRemarks remarks;

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
    this.context = new NameContext(lexicon, words);
    this.headings = new TitleCaseHeading(lexicon, words);
    this.ordinaryWords = new OrdinaryWordNames(lexicon, words);
    this.slots = new PersonSlots(lexicon);
    this.unheardNames = new UnheardNames(lexicon, words);
    this.coordinated = new CoordinatedNames(lexicon, words);
    this.remarks = new NameRemarks(lexicon);
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
    var language = new UnheardNames.TurnLanguage(text);
    int i = 0;
    while (i < size) {
      int spelledEnd = SpelledNames.runEnd(text, i);
      if (spelledEnd > i) {
        spelled.report(text, i, spelledEnd, NameCues.strength(marks[i]) == NAMING, found);
        i = spelledEnd;
        continue;
      }
      int greeting = GreetingPhrases.length(text, i);
      if (greeting > 0 && NameCues.strength(marks[i]) < NAMING) {
        i += greeting; // "Bom dia", "Guten Tag": no name, whatever their words
        continue;
      }
      int before = found.size();
      int end = candidateAt(text, i, marks, language, found);
      if (end == i + 1 && NameCues.introduced(marks[i])) {
        end = Math.max(end, introductions.report(text, i, found));
      }
      if (found.size() > before) {
        CoordinatedNames.corrected(text, end, marks); // "it's munak, sorry, bidreescu"
        NameInOwnScript.report(text.text(), found.get(found.size() - 1), found);
      }
      i = Math.max(end, i + 1);
    }
    coordinated.report(text, found);
    remarks.report(text, found);
    RepeatedNames.split(text.text(), found);
    return found;
  }

  /**
   * Reports the name starting at token {@code i}, if any; returns the token after it. In a
   * lower-case turn a word no dictionary has is a name without a cue (see {@link
   * NameWords#unheard}).
   */
  private int candidateAt(
      TokenizedText text,
      int i,
      int[] cueMarks,
      UnheardNames.TurnLanguage language,
      List<Detection> found) {
    int marks = cueMarks[i];
    int cue = NameCues.strength(marks);
    if (NameCues.inCue(marks)) {
      return i + 1; // "foster" in "my foster son kwame"
    }
    if (cue <= WEAK && NameCues.greeted(marks) && text.capitalized(i) && addressed(text, i)) {
      cue = MEDIUM; // "Hi June,", "Thanks, Kenji"
    }
    if (cue < TITLE && i > 0 && SAINTS.contains(text.word(i - 1))) {
      return i + 1; // "St. Mary's"
    }
    int repeated = RepeatedNames.at(text, i, found);
    if (repeated > i) {
      return repeated; // "the name's quim codina, quim codina"
    }
    int kind = words.classify(text, i);
    if (kind != COMMON
        && (NameCues.NAME_LABELS.contains(base(text, i))
            || NameCues.relationAfterOwner(text, i)
            || CalendarWords.monthWithDay(text, i)
            || cue < NAMING && CalendarWords.CALENDAR_WORDS.contains(base(text, i)))) {
      // "Name, Vorname: Beckel, Zara", "my nana who is 92", "it's january nineteenth"
      return i + 1;
    }
    if (cue == TITLE
        && kind == NameWords.AMBIGUOUS
        && NameContext.TITLE_STOPS.contains(base(text, i))
        && !text.capitalized(i)) {
      return i + 1; // "the hospital bill, not the doctor bill"
    }
    if (cue <= WEAK && kind != COMMON && NameCues.greetedBeforeIntroduction(text, i, cueMarks)) {
      cue = STRONG; // "hi agita it's irena from the pharmacy"
    }
    if (kind == COMMON && cue >= STRONG && NameWords.PARTICLES.contains(text.word(i))) {
      return particleFirst(text, i, cue, found); // "dr von winiarski", "my name is de la cruz"
    }
    if (kind == COMMON
        && cue == TITLE
        && (extent.titledPossessive(text, i) || context.titledWord(text, i))) {
      kind = NAME_LIKE; // "dr bishop's office", "doctor finch"
    }
    if (kind == COMMON
        && NameCues.listed(marks)
        && NameWords.writtenCapital(text, i)
        && !lexicon.isFunctionWord(base(text, i))) {
      kind = NAME_LIKE; // "the two nurses on shift, Varga and Holm"
    }
    if (kind == COMMON
        && (cue >= WEAK && context.capitalBeforeSurname(text, i)
            || cue >= MEDIUM && context.wordBeforeSurname(text, i, cue))) {
      kind = NAME_LIKE; // "Directed by Mano Jakubowski", "my wife guru caldera"
    }
    if (kind == COMMON
        && (cue == NAMING && NameCues.namingCueAfter(text, i, cueMarks)
            || cue == STRONG
                && (NameCues.pronounAfter(text, i)
                    || text.capitalized(i)
                    || PersonSlots.deedAfter(text, i)))
        && !lexicon.isFunctionWord(base(text, i))) {
      // "first name german last name ngobese", "my stepmom ren she's the one", "her partner, Wren",
      // "my friend bishop usually takes me"
      kind = NAME_LIKE;
    }
    if (cue < STRONG
        && kind == NameWords.AMBIGUOUS
        && (ordinaryWords.subjectAtOpening(text, i) || slots.person(text, i))) {
      cue = STRONG; // "yeah gene wanted me to ask", "so wade would be the best one"
    }
    if (cue < STRONG
        && NamesBeforeWhoTheyAre.at(text, i)
        && !lexicon.isFunctionWord(base(text, i))
        && !NameCues.RELATIONS.contains(base(text, i))) {
      cue = STRONG; // "so summer the social worker said", "bubba that's what we call her"
      kind = kind == COMMON ? NAME_LIKE : kind;
    }
    if (kind != KNOWN
        && PersonSlots.fromPractice(text, i)
        && !lexicon.isFunctionWord(base(text, i))) {
      cue = Math.max(cue, STRONG); // "yeah so deacon from your office called"
      kind = kind == COMMON ? NAME_LIKE : kind;
    }
    if ((cue < STRONG || kind == COMMON) && ordinaryWords.afterRole(text, i, kind)) {
      cue = Math.max(cue, STRONG); // "the nurse ren told me", "the rep vi gave me a number"
      kind = kind == COMMON ? NAME_LIKE : kind;
    }
    if (kind == COMMON
        && (NameCues.answer(marks) && ordinaryWords.answerWord(text, i)
            || cue == NAMING && text.lowerCase() && ordinaryWords.namedWord(text, i))) {
      kind = NAME_LIKE; // "and your last name? kettle", "the last name's drake, like the bird"
    }
    boolean named = cue >= NAMING && cue != TITLE || NameCues.record(marks);
    if (kind == COMMON && named && ordinaryWords.wordBeforeUnlisted(text, i)) {
      kind = NAME_LIKE; // "the policy is in the name of rune luford"
    }
    if (kind == COMMON || kind == NAME_LIKE && extent.verbAfterRelation(text, i, cue)) {
      return i + 1; // "my husband snores"
    }
    if (kind == NameWords.AMBIGUOUS && cue < WEAK && articleBefore(text, i)) {
      return i + 1; // "by the rose garden", "a grant proposal"
    }
    if (cue <= WEAK && context.followsName(text, i, found)) {
      // "Belova Pellegrini, Danado Akintade and the ward clerk"; "wes tuomas and hunter all three"
      cue = kind >= NameWords.AMBIGUOUS && CoordinatedNames.lastMember(text, i) ? STRONG : WEAK;
    }
    String head = base(text, i);
    boolean headCapital = text.capitalized(i);
    if (cue < WEAK
        && !text.lowerCase()
        && (kind != KNOWN || language.other() || !NameWords.asWritten(text, i))
        && !Character.isUpperCase(text.text().charAt(text.start(i)))) {
      // "1 x brown rice protein", "Olivier Lefèbvre a été vu": small in a cased text; a name
      // no dictionary has stays one ("i saw maria lopez and John")
      return i + 1;
    }
    if (cue < WEAK && kind == NAME_LIKE && context.invertedRecord(text, i)) {
      // "Brackenridge, Ottilie 971-555-0148": a record line's name, surname first
      found.add(
          new Detection(
              EntityKind.NAME,
              text.start(i),
              text.end(i + 1),
              BARE_PAIR,
              Pass.LEXICON,
              canonical(text, i, i + 2)));
      return i + 2;
    }
    boolean pair = context.capitalPair(text, i, kind, cue);
    boolean owner =
        context.ownerCapital(text, i, kind, headCapital) || context.ownerOfRelation(text, i, kind);
    boolean family = context.familyName(text, i, headCapital);
    boolean here = context.hereAtOpening(text, i);
    int relatedEnd = context.relationAfter(text, i);
    int unlistedEnd = cue >= MEDIUM ? context.unlistedPairEnd(text, i) : -1;
    boolean unlistedPair = unlistedEnd > 0;
    boolean introducedPair =
        (NameCues.introduced(marks)
                || cue == STRONG
                || cue < MEDIUM && OrdinaryWordNames.pairHereAtOpening(text, i))
            && kind == NAME_LIKE
            && ordinaryWords.wordSurname(text, i, cue, true); // "it's helio cole, i'm calling"
    boolean unheard = // "you'll find it under rusiimwa"
        (kind == NAME_LIKE || kind == KNOWN) && unheardNames.startsAt(text, i, language);
    boolean recorded =
        NameCues.record(marks)
            && kind == NAME_LIKE
            && (context.unlistedAlone(text, i)
                || ordinaryWords.wordSurname(text, i, cue, true)
                || ordinaryWords.wordBeforeUnlisted(text, i));
    if (kind == NAME_LIKE
        && !(cue == NAMING
            || cue == TITLE
            || cue == STRONG
            || headCapital && cue >= MEDIUM
            || cue >= MEDIUM && context.beforeListedName(text, i)
            || pair
            || owner
            || family
            || here
            || relatedEnd > 0
            || unlistedPair
            || introducedPair
            || recorded
            || unheard)) {
      return i + 1;
    }
    if (cue < MEDIUM && lexicon.isStateName(head) || cue < NAMING && acronym(text, i)) {
      return i + 1;
    }
    int end = relatedEnd > 0 ? relatedEnd : extent.extend(text, i, cue);
    int first = i;
    if (unheard) {
      end = Math.max(end, unheardNames.end(text, i));
      first = unheardNames.start(text, i, found); // "jade taiard"
    }
    boolean pairHere = cue < MEDIUM && OrdinaryWordNames.pairHereAtOpening(text, i);
    if (end == i + 1
        && (cue >= WEAK || pairHere)
        && ordinaryWords.wordSurname(text, i, cue, named || introducedPair)) {
      end = i + 2; // "this is ella stone", "cindy north here"
    } else if (end == i + 2
        && text.lowerCase()
        && lexicon.isFirstName(head)
        && ordinaryWords.wordSurname(text, i + 1, STRONG, false)) {
      end = i + 3; // "ruth ann baxter is my mom": two given names, then the surname
    }
    if (end == i + 1 && !NameCues.listed(marks)) {
      end = extent.inverted(text, i, end, cue);
    }
    if (SpokenAddressContext.insideAddress(text, i, end)
        || countryEndingAddress(text, i, end, marks)) {
      return end;
    }
    if (cue < MEDIUM && !NameCues.greeted(marks) && countries.place(text, i, end)
        || cue < WEAK && headings.inside(text, i, end)) {
      return end; // "flights from Chad to Turkey", "Hope Ward Visiting Hours"
    }
    double sure = confidence.of(text, i, end, cue);
    if ((owner || family || here) && end == i + 1 || (pairHere || introducedPair) && end == i + 2) {
      sure = Math.max(sure, OWNER);
    }
    if (relatedEnd > 0 || unlistedPair && end == unlistedEnd || recorded && end <= i + 2) {
      sure = Math.max(sure, NAMED_BY_CONTEXT);
    }
    if (unheard) {
      sure = Math.max(sure, UNHEARD);
    }
    if (sure <= 0
        && pair
        && end > i + 1
        && kind == NAME_LIKE
        && (cue < WEAK || context.barePair(text, i, end - 1))) {
      sure = BARE_PAIR; // "Ólafur Jónsson signed", "the GP is Ngaio Tawhiri"
    }
    if (sure <= 0 && cue == TITLE && end == i + 1 && context.titledWord(text, i)) {
      sure =
          TITLED_WORD; // "doctor mason tomorrow", "nurse bishop will call", not "the doctor will"
    }
    String value = canonical(text, first, end);
    if (sure <= 0) {
      return i + 1;
    }
    int last = end - 1;
    int spanEnd = possessive(text.word(last)) ? text.end(last) - 2 : text.end(last);
    found.add(
        new Detection(
            EntityKind.NAME,
            text.start(first),
            spanEnd,
            Math.min(0.97, sure),
            Pass.LEXICON,
            value));
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

  /** "the", "a" or "an" right before token {@code i}: a thing is named, not a person. */
  private static boolean articleBefore(TokenizedText text, int i) {
    if (i == 0 || text.gapBefore(i) != TokenizedText.GAP_SPACE) {
      return false;
    }
    String before = text.word(i - 1);
    return before.equals("the") || before.equals("a") || before.equals("an");
  }

  /**
   * A country name set off by a comma or a line break after an address with a number ("12 Rue de
   * Lille, 75007 Paris, France"), ending there: the address's country, not a person ("France",
   * "Jordan"). Not after a cue of medium strength or more, nor after a greeting ("Thanks, Jordan").
   */
  private boolean countryEndingAddress(TokenizedText text, int i, int end, int marks) {
    if (i == 0
        || text.gapBefore(i) == TokenizedText.GAP_SPACE
        || NameCues.strength(marks) >= MEDIUM
        || NameCues.greeted(marks)
        || end < text.size() && text.gapBefore(end) == TokenizedText.GAP_SPACE) {
      return false;
    }
    PhraseTrie.Match country = COUNTRIES.longestAt(text, i);
    if (country == null || country.tokens() != end - i) {
      return false;
    }
    for (int before = i - 1; before >= 0 && before >= i - ADDRESS_REACH; before--) {
      if (text.isDigits(before)) {
        return true;
      }
    }
    return false;
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
