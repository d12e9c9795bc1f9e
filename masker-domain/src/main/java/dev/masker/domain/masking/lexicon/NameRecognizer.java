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
 */
public final class NameRecognizer implements Recognizer {

  static final int WEAK = 1;
  static final int MEDIUM = 2;
  static final int STRONG = 3;

  /** Naming cues ("my name is"): the next word is a name even when no list has it. */
  static final int NAMING = 4;

  /** Titles ("dr", "mrs"): a capitalized word after one is a name. */
  static final int TITLE = 5;

  /** The bits of a cue value that hold its strength (WEAK..TITLE). */
  private static final int STRENGTH = 7;

  /** Bit set on a token right after a greeting ("hi", "thanks"). */
  private static final int GREETED = 8;

  /** Bit set on a token right after a self-introduction that opens the turn. */
  private static final int INTRODUCED = 16;

  private static final Set<String> FILLERS = Set.of("uh", "um", "umm", "uhm", "er", "erm", "ah");

  /** Words after a lone ambiguous name that show it is used as a name ("this is will from ..."). */
  private static final Set<String> NAME_FOLLOWERS =
      Set.of(
          "from",
          "calling",
          "speaking",
          "here",
          "and",
          "at",
          "with",
          "on",
          "again",
          "in",
          "returning",
          "checking",
          "following",
          "who",
          "he's",
          "she's",
          "i'm");

  /** Words that may open a turn before a self-introduction ("hi um yeah so this is ..."). */
  private static final Set<String> OPENERS =
      Set.of(
          "hi",
          "hello",
          "hey",
          "yeah",
          "yes",
          "yep",
          "so",
          "well",
          "oh",
          "ok",
          "okay",
          "um",
          "umm",
          "uh",
          "uhm",
          "er",
          "erm",
          "ah",
          "good",
          "morning",
          "afternoon",
          "evening",
          "and",
          "sorry",
          "there",
          "right");

  /** Self-introductions: at the start of a turn a word no list has after one is a name. */
  private static final Set<String> SELF_INTRODUCTIONS = Set.of("this is", "i'm", "i am", "im");

  /**
   * Endings of adjectives and nouns ("diabetic", "nauseous") and stems of generic drug names
   * ("lisinopril", "metformin", "atorvastatin"): never the end of a name after "this is" or "i'm".
   */
  private static final List<String> NOT_NAME_ENDINGS =
      List.of(
          "ic",
          "ing",
          "ous",
          "ive",
          "itis",
          "emia",
          "ful",
          "less",
          "ness",
          "able",
          "ible",
          "ly",
          "ish",
          "ist",
          "pril",
          "sartan",
          "olol",
          "statin",
          "formin",
          "cillin",
          "mycin",
          "floxacin",
          "azole",
          "tidine",
          "mab",
          "nib",
          "vir",
          "gliptin",
          "gliflozin",
          "dipine",
          "azepam",
          "zolam",
          "oxetine",
          "triptan",
          "profen",
          "codone",
          "morphone",
          "thiazide",
          "semide");

  /** Saints' names name churches, hospitals and towns ("St. Mary's"), not people. */
  private static final Set<String> SAINTS = Set.of("st", "saint", "san", "santa", "sankt");

  private static final int MAX_NAME_TOKENS = 4;

  /** Relatives and carers: after "my" or "our" one of these makes the next words a name. */
  private static final List<String> RELATIONS =
      List.of(
          "father",
          "mother",
          "mom",
          "mum",
          "dad",
          "wife",
          "husband",
          "son",
          "daughter",
          "sister",
          "brother",
          "caregiver",
          "grandson",
          "granddaughter",
          "grandmother",
          "grandfather",
          "grandma",
          "grandpa",
          "aunt",
          "uncle",
          "niece",
          "nephew",
          "partner",
          "fiance",
          "fiancee",
          "boyfriend",
          "girlfriend",
          "stepson",
          "stepdaughter",
          "stepfather",
          "stepmother",
          "cousin",
          "friend",
          "neighbor",
          "neighbour",
          "roommate");

  /** Words that join the parts of a name ("fatima al sayed", "de la cruz", "van der berg"). */
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "de", "del", "della", "der", "di", "da", "dos", "das", "du", "la", "le",
          "van", "von", "ter", "ten", "bin", "ibn", "abu", "st");

  /** Modal verbs that are also names: after a relation cue they still read as verbs. */
  private static final Set<String> MODALS = Set.of("will", "may", "can", "might", "must");

  /** Words around a spoken e-mail address or web address: a name there is part of it. */
  private static final Set<String> ADDRESS_WORDS =
      Set.of("dot", "underscore", "at", "dash", "hyphen");

  /** Number words: letters followed by them are an id or a plate, not a spelled name. */
  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "double", "triple");

  /** How far before spelled letters the name they spell may be, in tokens. */
  private static final int SPELLED_LOOKBACK = 12;

  /** What a token is as a name word. */
  private static final int COMMON = 0;

  /** Not in any list and not an ordinary word: a name only beside a cue or another name. */
  private static final int NAME_LIKE = 1;

  /** In the name lists and an ordinary word ("will", "hope"). */
  private static final int AMBIGUOUS = 2;

  /** In the name lists only. */
  private static final int KNOWN = 3;

  private final Lexicon lexicon;
  private final PhraseTrie cues = new PhraseTrie();

  /** Greetings ("hi", "thanks"): a capitalized word after one is addressed by name. */
  private final PhraseTrie greetings = new PhraseTrie();

  /** Form and letter labels ("Name:", "Patient:", "From:"): followed by a colon, a naming cue. */
  private final PhraseTrie labels = new PhraseTrie();

  /** Self-introductions ("this is", "i'm"), told apart from the other cues of their strength. */
  private final PhraseTrie introductions = new PhraseTrie();

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
            "spelled",
            "her name is",
            "his name is",
            "their name is",
            "her name's",
            "his name's",
            "name's")) {
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
            "its",
            "it is",
            "ask for",
            "asking for",
            "looking for",
            "transfer me to",
            "she's",
            "he's",
            "she is",
            "he is",
            "calling for",
            "calling on behalf of",
            "on behalf of",
            "reach out to",
            "reach",
            "contact",
            "paging",
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
            "signed by",
            "attn",
            "cc",
            "sincerely")) {
      cues.add(phrase, MEDIUM);
    }
    for (String phrase : SELF_INTRODUCTIONS) {
      introductions.add(phrase, STRONG);
    }
    for (String phrase :
        List.of(
            "hi",
            "hello",
            "hey",
            "dear",
            "thanks",
            "thank you",
            "good morning",
            "good afternoon",
            "morning",
            "bye",
            "cheers")) {
      greetings.add(phrase, MEDIUM);
    }
    for (String phrase :
        List.of(
            "name",
            "full name",
            "patient",
            "patient name",
            "caregiver",
            "guardian",
            "parent",
            "spouse",
            "from",
            "to",
            "signed",
            "signed by",
            "attn",
            "cc",
            "contact",
            "emergency contact",
            "provider",
            "physician",
            "referred by",
            "referring physician",
            "member",
            "subscriber",
            "insured",
            "pcp")) {
      labels.add(phrase, NAMING);
    }
    for (String relation : RELATIONS) {
      cues.add("my " + relation, STRONG);
      cues.add("our " + relation, STRONG);
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
      int spelled = spelledRunEnd(text, i);
      if (spelled > i) {
        reportSpelled(text, i, spelled, (cueBefore[i] & STRENGTH) == NAMING, found);
        i = spelled;
        continue;
      }
      int end = candidateAt(text, i, cueBefore[i], found);
      if (end == i + 1 && (cueBefore[i] & INTRODUCED) != 0) {
        end = Math.max(end, introduced(text, i, found));
      }
      i = Math.max(end, i + 1);
    }
    return found;
  }

  /**
   * For every token, the strongest cue that ends right before it (fillers skipped). A label with a
   * colon ("Name:") is a naming cue; a greeting before a capitalized word ("Hi June,") and a
   * self-introduction at the start of a turn ("hi this is ...") are marked with their own bits
   * above the strength.
   */
  private int[] cueStrengths(TokenizedText text) {
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

  /** The token without a possessive "'s" ("okafor's" reads as "okafor"). */
  private static String base(TokenizedText text, int i) {
    String word = text.word(i);
    return possessive(word) ? word.substring(0, word.length() - 2) : word;
  }

  private static boolean possessive(String word) {
    return word.length() > 3 && word.endsWith("'s");
  }

  /** What token {@code i} is as a name word: COMMON, NAME_LIKE, AMBIGUOUS or KNOWN. */
  private int classify(TokenizedText text, int i) {
    String word = base(text, i);
    if (word.length() < 2 || text.isDigits(i) || lexicon.isHonorific(word)) {
      return COMMON;
    }
    int apostrophe = word.indexOf('\'');
    if (apostrophe > 0 && lexicon.isCommonWord(word.substring(0, apostrophe))) {
      return COMMON; // "he's", "she'll", "there's"
    }
    if (lexicon.isFunctionWord(word) || lexicon.isFunctionWord(text.word(i))) {
      return COMMON;
    }
    if (lexicon.isName(word)) {
      return lexicon.isAmbiguousName(word) ? AMBIGUOUS : KNOWN;
    }
    if (lexicon.isCommonWord(word) || PARTICLES.contains(word)) {
      return COMMON;
    }
    return classifyUnlisted(word);
  }

  /** A word no list has: hyphenated parts, "o'connell", or letters only. */
  private int classifyUnlisted(String word) {
    if (word.indexOf('-') > 0) {
      int known = 0;
      for (String part : word.split("-", -1)) {
        if (lexicon.isCommonWord(part)) {
          return COMMON;
        }
        known += lexicon.isName(part) ? 1 : 0;
      }
      return known > 0 ? KNOWN : NAME_LIKE;
    }
    if ((word.startsWith("o'") || word.startsWith("d'")) && word.length() > 4) {
      return lexicon.isName(word.substring(2)) ? KNOWN : NAME_LIKE;
    }
    for (int c = 0; c < word.length(); c++) {
      char ch = word.charAt(c);
      if (!(ch >= 'a' && ch <= 'z') && ch != '\'') {
        return Character.isLetter(ch) ? NAME_LIKE : COMMON;
      }
    }
    return NAME_LIKE;
  }

  /** Reports the name starting at token {@code i}, if any; returns the token after it. */
  private int candidateAt(TokenizedText text, int i, int marks, List<Detection> found) {
    int cue = marks & STRENGTH;
    if (cue <= WEAK && (marks & GREETED) != 0 && text.capitalized(i) && addressed(text, i)) {
      cue = MEDIUM; // "Hi June,", "Thanks, Kenji"
    }
    if (cue < TITLE && i > 0 && SAINTS.contains(text.word(i - 1))) {
      return i + 1; // "St. Mary's"
    }
    int kind = classify(text, i);
    if (kind == COMMON && cue == TITLE && titledPossessive(text, i)) {
      kind = NAME_LIKE; // "dr bishop's office"
    }
    if (kind == COMMON) {
      return i + 1;
    }
    String head = base(text, i);
    boolean headCapital = text.capitalized(i);
    if (kind == NAME_LIKE
        && !(cue == NAMING || cue == TITLE || cue == STRONG || headCapital && cue >= MEDIUM)) {
      return i + 1;
    }
    if (cue < MEDIUM && lexicon.isStateName(head) || cue < NAMING && acronym(text, i)) {
      return i + 1;
    }
    int end = extend(text, i, cue);
    if (end == i + 1) {
      end = inverted(text, i, end, cue);
    }
    if (insideAddress(text, i, end)) {
      return end;
    }
    double confidence = confidence(text, i, end, cue);
    if (confidence <= 0) {
      return i + 1;
    }
    int last = end - 1;
    int spanEnd = possessive(text.word(last)) ? text.end(last) - 2 : text.end(last);
    found.add(
        new Detection(
            EntityKind.NAME,
            text.start(i),
            spanEnd,
            Math.min(0.97, confidence),
            Pass.LEXICON,
            canonical(text, i, end)));
    return end;
  }

  /**
   * After a self-introduction that opens the turn ("hi um yeah this is oluwaseun adeyemi", "so i'm
   * ngozi and ..."), words no list has, in lower case, are a name when they end where a name ends:
   * at the end, at punctuation, or before "and", "calling", "from" and the like. Returns the token
   * after the name, or {@code i + 1} when none is reported.
   */
  private int introduced(TokenizedText text, int i, List<Detection> found) {
    if (!found.isEmpty() && found.get(found.size() - 1).end() > text.start(i)) {
      return i + 1;
    }
    int end = i;
    while (end < text.size()
        && end - i < 3
        && (end == i || text.gapBefore(end) == TokenizedText.GAP_SPACE)
        && classify(text, end) == NAME_LIKE
        && !notNameEnding(base(text, end))) {
      end++;
    }
    if (end == i) {
      return i + 1;
    }
    boolean endsHere =
        end >= text.size()
            || text.gapBefore(end) != TokenizedText.GAP_SPACE
            || NAME_FOLLOWERS.contains(text.word(end));
    if (!endsHere || insideAddress(text, i, end)) {
      return i + 1;
    }
    found.add(
        new Detection(
            EntityKind.NAME,
            text.start(i),
            text.end(end - 1),
            end - i >= 2 ? 0.74 : 0.68,
            Pass.LEXICON,
            canonical(text, i, end)));
    return end;
  }

  private static boolean notNameEnding(String word) {
    for (String ending : NOT_NAME_ENDINGS) {
      if (word.endsWith(ending) && word.length() > ending.length() + 2) {
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
    int kind = classify(text, next);
    return text.capitalized(next) && (kind == KNOWN || kind == NAME_LIKE);
  }

  /** "dr bishop's": an ordinary word with a possessive right after a title. */
  private boolean titledPossessive(TokenizedText text, int i) {
    String word = text.word(i);
    return possessive(word) && !lexicon.isFunctionWord(base(text, i)) && base(text, i).length() > 1;
  }

  /**
   * "Lopez, Maria" in a text with capitals: a surname, a comma and a first name are one name.
   * Returns the end of the name, or {@code end} when the words are not written so.
   */
  private int inverted(TokenizedText text, int i, int end, int cue) {
    if (end >= text.size()
        || text.gapBefore(end) != TokenizedText.GAP_COMMA
        || !text.capitalized(end)
        || !(text.capitalized(i)
            || i > 0 && text.gapBefore(i) == TokenizedText.GAP_SPACE
            || cue >= NAMING && writtenCapital(text, i))) {
      return end;
    }
    String surname = base(text, i);
    String first = base(text, end);
    boolean clearSurname = lexicon.isSurname(surname) && !lexicon.isFirstName(surname);
    boolean clearFirst = lexicon.isFirstName(first) && !lexicon.isAmbiguousName(first);
    if (cue >= NAMING) {
      // After "Patient:" or "Name:" a capitalized word no list has reads as a name too.
      int firstKind = classify(text, end);
      clearFirst |= firstKind != COMMON && !acronym(text, end);
      clearSurname |= classify(text, i) != COMMON;
    }
    boolean capitalSurname =
        Character.isUpperCase(text.text().charAt(text.start(i))) && !acronym(text, i);
    return clearSurname && clearFirst && capitalSurname ? end + 1 : end;
  }

  /**
   * Written with a capital and then lower case ("Hope"), also where {@link
   * TokenizedText#capitalized} does not count it: at the start of the text or after a colon.
   */
  private static boolean writtenCapital(TokenizedText text, int i) {
    int start = text.start(i);
    if (!Character.isUpperCase(text.text().charAt(start)) || text.end(i) - start < 2) {
      return false;
    }
    for (int c = start + 1; c < text.end(i); c++) {
      if (Character.isUpperCase(text.text().charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** A short word in capitals in a text that has both cases ("ED", "ICU"): an abbreviation. */
  private static boolean acronym(TokenizedText text, int i) {
    if (text.end(i) - text.start(i) > 3 || !text.capitalized(i)) {
      return false;
    }
    for (int c = text.start(i); c < text.end(i); c++) {
      if (Character.isLowerCase(text.text().charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** A name right before "dot" or "underscore", or after "at": part of a spoken address. */
  private static boolean insideAddress(TokenizedText text, int start, int end) {
    if (end < text.size() && text.gapBefore(end) != TokenizedText.GAP_STOP) {
      String next = text.word(end);
      if (next.equals("dot") || next.equals("underscore")) {
        return true;
      }
    }
    if (start > 0 && text.gapBefore(start) == TokenizedText.GAP_SPACE) {
      String before = text.word(start - 1);
      if (before.equals("dot") || before.equals("underscore")) {
        return true;
      }
    }
    return beforeSpokenDomain(text, end);
  }

  /**
   * "priya r eighty four at example dot org": within a few words after the name, "at", a word and
   * "dot" with no pause between — the name is the start of a spoken e-mail address.
   */
  private static boolean beforeSpokenDomain(TokenizedText text, int from) {
    int limit = Math.min(text.size() - 2, from + 6);
    for (int t = from; t < limit; t++) {
      if (text.gapBefore(t) == TokenizedText.GAP_STOP) {
        return false;
      }
      if (text.word(t).equals("at")
          && text.gapBefore(t + 1) != TokenizedText.GAP_STOP
          && text.word(t + 2).equals("dot")) {
        return true;
      }
    }
    return false;
  }

  private static String canonical(TokenizedText text, int start, int end) {
    if (end - start == 1) {
      return base(text, start);
    }
    StringBuilder joined = new StringBuilder();
    for (int t = start; t < end; t++) {
      if (t > start) {
        joined.append(' ');
      }
      joined.append(base(text, t));
    }
    return joined.toString();
  }

  /**
   * The end of the name starting at {@code i}: further name words, initials, particles between name
   * words, and words no list has when a cue, a capital or a listed name vouches for them. A
   * possessive "'s" ends the name.
   */
  private int extend(TokenizedText text, int i, int cue) {
    int size = text.size();
    int end = i + 1;
    boolean listed = classify(text, i) == KNOWN;
    while (end < size
        && end - i < MAX_NAME_TOKENS
        && text.gapBefore(end) == TokenizedText.GAP_SPACE
        && !possessive(text.word(end - 1))) {
      String word = text.word(end);
      if (word.length() == 1
          && Character.isLetter(word.charAt(0))
          && end + 1 < size
          && text.gapBefore(end + 1) == TokenizedText.GAP_SPACE
          && classify(text, end + 1) == KNOWN) {
        end++; // an initial: "john f kennedy"
        continue;
      }
      int particles = 0;
      while (end + particles < size
          && particles < 2
          && PARTICLES.contains(text.word(end + particles))
          && text.gapBefore(end + particles) == TokenizedText.GAP_SPACE) {
        particles++;
      }
      int at = end + particles;
      if (at >= size || text.gapBefore(at) != TokenizedText.GAP_SPACE) {
        break;
      }
      int kind = classify(text, at);
      boolean takes =
          switch (kind) {
            case KNOWN -> true;
            case AMBIGUOUS -> usedAsName(text, at);
            case NAME_LIKE ->
                (cue >= MEDIUM || listed || text.capitalized(at)) && !acronym(text, at);
            // After particles an ordinary word is still a surname ("van der berg").
            default -> particles > 0 && !lexicon.isFunctionWord(base(text, at));
          };
      if (!takes || particles > 0 && at - i >= MAX_NAME_TOKENS + 1) {
        break;
      }
      listed |= kind == KNOWN;
      end = at + 1;
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
      String word = base(text, t);
      if (word.length() == 1) {
        continue;
      }
      int kind = classify(text, t);
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
    boolean allCapital = capitals == tokens;
    double capital = allCapital ? 0.04 : 0.0;
    String head = base(text, start);
    if (known == 0) {
      // Words no list has, taken as a name after "my name is", a title or "my father".
      return switch (cue) {
        case NAMING -> allCapital ? 0.85 : 0.72;
        case TITLE -> allCapital ? 0.82 : 0.75;
        case STRONG -> allCapital ? 0.8 : 0.72;
        case MEDIUM -> allCapital ? 0.7 : 0;
        default -> 0;
      };
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
      if (endsHere) {
        return 0.72;
      }
      // "my daughter hope is ...": after a relation a name, unless it is a modal ("my son will").
      return cue == STRONG && !MODALS.contains(text.word(start)) ? 0.7 : 0;
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

  /**
   * The end of a run of three or more single letters starting at {@code i} ("y i l m a z"), or
   * {@code i} when there is none or the letters belong to a spoken address or id ("j o h n dot", "a
   * b c one two").
   */
  private static int spelledRunEnd(TokenizedText text, int i) {
    if (!singleLetter(text, i)) {
      return i;
    }
    if (i > 0 && text.gapBefore(i) != TokenizedText.GAP_STOP && spellingContext(text, i - 1)) {
      return i;
    }
    int end = i + 1;
    while (end < text.size()
        && text.gapBefore(end) != TokenizedText.GAP_STOP
        && singleLetter(text, end)) {
      end++;
    }
    if (end - i < 3) {
      return i;
    }
    if (end < text.size()
        && text.gapBefore(end) != TokenizedText.GAP_STOP
        && spellingContext(text, end)) {
      return i;
    }
    return end;
  }

  private static boolean singleLetter(TokenizedText text, int i) {
    String word = text.word(i);
    return word.length() == 1 && Character.isLetter(word.charAt(0));
  }

  /** Next to letters, a word that makes them part of an address or an id. */
  private static boolean spellingContext(TokenizedText text, int i) {
    String word = text.word(i);
    return ADDRESS_WORDS.contains(word) || NUMBER_WORDS.contains(word) || text.isDigits(i);
  }

  /**
   * The word that letters spell is a name itself ("kenji watanabe w a t a n a b e"): reported with
   * the name word before it, unless a detection already covers it or it is part of an address.
   */
  private void reportSpelledWord(TokenizedText text, int t, List<Detection> found) {
    int recent = Math.max(0, found.size() - 4);
    for (Detection detection : found.subList(recent, found.size())) {
      if (detection.start() <= text.start(t) && detection.end() >= text.start(t)) {
        return;
      }
    }
    if (insideAddress(text, t, t + 1) || classify(text, t) == COMMON) {
      return;
    }
    int from = t;
    if (t > 0 && text.gapBefore(t) == TokenizedText.GAP_SPACE) {
      int before = classify(text, t - 1);
      if (before == KNOWN || before == NAME_LIKE) {
        from = t - 1;
      }
    }
    for (Detection detection : found.subList(recent, found.size())) {
      if (detection.end() > text.start(from)) {
        from = t;
      }
    }
    found.add(
        new Detection(
            EntityKind.NAME,
            text.start(from),
            text.end(t),
            0.85,
            Pass.LEXICON,
            canonical(text, from, t + 1)));
  }

  /**
   * Reports spelled letters as a name of their own when they spell (the start of) a word said just
   * before them that is not an ordinary word ("kowalczyk k o w a l c z y k"), or a listed name.
   */
  private void reportSpelled(
      TokenizedText text, int start, int end, boolean named, List<Detection> found) {
    StringBuilder letters = new StringBuilder(end - start);
    for (int t = start; t < end; t++) {
      letters.append(text.word(t));
    }
    String spelled = letters.toString();
    double confidence = 0;
    int spelledWord = -1;
    for (int t = Math.max(0, start - SPELLED_LOOKBACK); t < start; t++) {
      String word = base(text, t);
      if (word.startsWith(spelled) && !lexicon.isCommonWord(word)) {
        confidence = Math.max(confidence, word.length() == spelled.length() ? 0.9 : 0.8);
        spelledWord = t;
      }
    }
    if (spelledWord >= 0) {
      reportSpelledWord(text, spelledWord, found);
    }
    if (confidence == 0 && lexicon.isName(spelled) && !lexicon.isAmbiguousName(spelled)) {
      confidence = 0.75;
    }
    if (confidence == 0 && named) {
      confidence = 0.85; // "the last name is k r i s h n a m u r t h y"
    }
    if (confidence > 0) {
      found.add(
          new Detection(
              EntityKind.NAME,
              text.start(start),
              text.end(end - 1),
              confidence,
              Pass.LEXICON,
              spelled));
    }
  }
}
