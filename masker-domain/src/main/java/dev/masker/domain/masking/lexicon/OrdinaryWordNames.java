package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameCues.STRONG;
import static dev.masker.domain.masking.lexicon.NameCues.WEAK;
import static dev.masker.domain.masking.lexicon.NameWords.COMMON;
import static dev.masker.domain.masking.lexicon.NameWords.KNOWN;
import static dev.masker.domain.masking.lexicon.NameWords.NAME_LIKE;
import static dev.masker.domain.masking.lexicon.NameWords.base;
import static dev.masker.domain.masking.lexicon.NameWords.possessive;

import java.util.Set;

/**
 * Names made of ordinary English words, as speech-to-text writes them in lower case: a surname that
 * is an English word after a listed first name ("this is ella stone", "the name on the card is mads
 * fried"), a first name that is an English word before a word no list has after a naming cue ("in
 * the name of rune luford"), and an ordinary word that is the whole answer to a name question ("and
 * your last name? kettle"). Each predicate looks at a bounded number of tokens. Built once, then
 * only read: safe to share between threads.
 */
final class OrdinaryWordNames {
  /**
   * Adverbs and answers that follow a first name without being its surname ("ask for john
   * instead").
   */
  private static final Set<String> NOT_SURNAMES =
      Set.of(
          "instead",
          "anyway",
          "anyways",
          "though",
          "either",
          "neither",
          "alone",
          "together",
          "later",
          "soon",
          "tonight",
          "yet",
          "earlier",
          "maybe",
          "perhaps",
          "twice",
          "once",
          "thanks",
          "bye",
          "sorry",
          "okay",
          "ok",
          "hello",
          "hi",
          "please",
          "right",
          "fine",
          "there",
          "yourself",
          "myself",
          "himself",
          "herself",
          "speaking",
          "yes",
          "no",
          "yeah",
          "home",
          "downstairs",
          "upstairs",
          "outside",
          "inside",
          "present",
          "personally",
          "also",
          "only",
          "directly",
          "again",
          "cheers",
          "downtown",
          "uptown",
          "nearby",
          "overseas",
          "abroad");

  /** Subject pronouns that start a new clause after a name ("please tell harry stone i called"). */
  static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "she", "he", "we", "they");

  /** Auxiliaries after a relative's full name as the subject ("my wife ines bell has the card"). */
  private static final Set<String> SUBJECT_VERBS =
      Set.of(
          "has", "had", "is", "was", "will", "would", "can", "could", "does", "did", "should",
          "might", "must");

  /** What a person who is talked about did, right after their name ("gene wanted me to ask"). */
  static final Set<String> PERSON_VERBS =
      Set.of(
          "said",
          "says",
          "told",
          "asked",
          "wanted",
          "wants",
          "called",
          "thinks",
          "thought",
          "knows",
          "mentioned",
          "would",
          "could",
          "should",
          "from");

  /**
   * "yeah gene wanted me to ask", "so wade would be the best one", "dale from the agency is
   * coming": a given name of the lists opening the turn (after "yeah", "so" and the like) before
   * what a person did or would do or where they are from: the subject, a person. Modal verbs as
   * names ("will") are left out.
   */
  boolean subjectAtOpening(TokenizedText text, int i) {
    if (i + 1 >= text.size()
        || !text.lowerCase()
        || !PERSON_VERBS.contains(text.word(i + 1))
        || text.gapBefore(i + 1) != TokenizedText.GAP_SPACE
        || !lexicon.isFirstName(NameWords.base(text, i))
        || lexicon.isFunctionWord(NameWords.base(text, i))) {
      return false;
    }
    for (int t = 0; t < i; t++) {
      if (!NameCues.OPENERS.contains(text.word(t))) {
        return false;
      }
    }
    return i == 0 || text.gapBefore(i) != TokenizedText.GAP_STOP;
  }

  /**
   * "cindy north here, ...", "benet ford speaking": a first name and one more word opening the turn
   * (after "hi", "yeah" and the like) before "here" or "speaking" and a break; the second word is
   * checked by {@link #wordSurname}.
   */
  static boolean pairHereAtOpening(TokenizedText text, int i) {
    if (i > 3 || i + 2 >= text.size() || !NameContext.HERE_WORDS.contains(text.word(i + 2))) {
      return false;
    }
    for (int t = 0; t < i; t++) {
      if (!NameCues.OPENERS.contains(text.word(t))) {
        return false;
      }
    }
    return text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
        && text.gapBefore(i + 2) == TokenizedText.GAP_SPACE
        && (i + 3 >= text.size() || text.gapBefore(i + 3) != TokenizedText.GAP_SPACE);
  }

  /**
   * An ordinary English word right after a listed first name is its surname ("this is ella stone",
   * "the name on the card is mads fried", "my wife ines bell has the card") when a name ends after
   * it: at a break, before "calling", "and", "here" and the like, before a pronoun that starts a
   * new clause ("please tell harry stone i called"), or, after a relation, before an auxiliary;
   * after a naming cue or a record cue ({@code named}) the first name may be a word no list has.
   * Words that go with a name rather than make one ("again", "today", "speaking", "usually", the
   * words after "doctor") are not surnames; after a relation ("my son tom moved") a past tense is a
   * verb.
   */
  boolean wordSurname(TokenizedText text, int i, int cue, boolean named) {
    int next = i + 1;
    if (next >= text.size()
        || text.gapBefore(next) != TokenizedText.GAP_SPACE
        || possessive(text.word(i))) {
      return false;
    }
    String head = base(text, i);
    int headKind = words.classify(text, i);
    boolean given =
        headKind == KNOWN && lexicon.isFirstName(head) && !lexicon.isAmbiguousName(head);
    // After a naming cue, a word no list has may be the first name ("... is mads fried").
    boolean unlisted =
        named
            && headKind == NAME_LIKE
            && head.length() >= 3
            && !CalendarWords.CALENDAR_WORDS.contains(head)
            && !SelfIntroductions.notNameEnding(head);
    if (!given && !unlisted) {
      return false;
    }
    String word = text.word(next);
    // Written text capitalises a surname: "a message from Jordan came in" names no "Jordan Came".
    if (text.capitalized(i) && !text.capitalized(next)) {
      return false;
    }
    if (word.length() < 3
        || !word.chars().allMatch(Character::isLetter)
        || lexicon.isFunctionWord(word)
        || lexicon.isHonorific(word)
        || NameWords.PARTICLES.contains(word)
        || NameContext.TITLE_STOPS.contains(word)
        || CalendarWords.CALENDAR_WORDS.contains(word)
        || NOT_SURNAMES.contains(word)
        || NameContext.COURTESY_WORDS.contains(word)
        || NameConfidence.follower(word)
        || word.endsWith("ing")
        || word.endsWith("ly")
        || cue == STRONG && word.endsWith("ed")
        || (cue == STRONG || cue == WEAK) && presentTense(word)) {
      return false;
    }
    int kind = words.classify(text, next);
    if (kind != COMMON && kind != NameWords.AMBIGUOUS) {
      return false;
    }
    int after = next + 1;
    return NameConfidence.endsHere(text, after)
        || text.gapBefore(after) == TokenizedText.GAP_SPACE
            && SUBJECT_PRONOUNS.contains(text.word(after))
        || cue == STRONG
            && text.gapBefore(after) == TokenizedText.GAP_SPACE
            && SUBJECT_VERBS.contains(text.word(after));
  }

  /** Determiners before a job that make it a person of the practice ("the", "our", "that"). */
  private static final Set<String> ROLE_DETERMINERS = Set.of("the", "our", "my", "your", "that");

  /** Short ordinary words that make a compound with a job ("the nurse line said"). */
  private static final Set<String> ROLE_COMPOUNDS =
      Set.of(
          "desk", "line", "team", "call", "shop", "room", "unit", "note", "work", "help", "side",
          "hub", "app");

  /**
   * A word between a job of the practice and what that person did ("the nurse ren told me", "the
   * rep vi gave me a number", "the dentist bird said"): a name, even an ordinary word of up to four
   * letters; longer ordinary words make a compound with the job ("the nurse station said").
   */
  boolean afterRole(TokenizedText text, int i, int kind) {
    if (kind != NameWords.COMMON && betweenCommasAfterRole(text, i)) {
      return true; // "the aide, aurora, comes tuesdays"
    }
    if (i < 2
        || i + 1 >= text.size()
        || !PracticeRoles.JOBS.contains(text.word(i - 1))
        || !(ROLE_DETERMINERS.contains(text.word(i - 2)) || modifiedRole(text, i - 1))
        || !PracticeRoles.DEEDS.contains(text.word(i + 1))
        || text.gapBefore(i) != TokenizedText.GAP_SPACE
        || text.gapBefore(i + 1) != TokenizedText.GAP_SPACE) {
      return false;
    }
    String word = NameWords.base(text, i);
    if (lexicon.isFunctionWord(word)
        || text.isDigits(i)
        || word.length() < 2
        || word.endsWith("n't")) { // "the nurse hasn't come"
      return false;
    }
    return kind != NameWords.COMMON || word.length() <= 4 && !ROLE_COMPOUNDS.contains(word);
  }

  /**
   * "the van driver", "the night nurse": one word, not a function word, between a determiner and
   * the job at {@code role}.
   */
  private boolean modifiedRole(TokenizedText text, int role) {
    return role >= 2
        && ROLE_DETERMINERS.contains(text.word(role - 2))
        && text.gapBefore(role - 1) == TokenizedText.GAP_SPACE
        && text.gapBefore(role) == TokenizedText.GAP_SPACE
        && !lexicon.isFunctionWord(text.word(role - 1));
  }

  /** A name-list word set off by commas right after "the aide", "our nurse" and the like. */
  private static boolean betweenCommasAfterRole(TokenizedText text, int i) {
    return i >= 2
        && i + 1 < text.size()
        && PracticeRoles.JOBS.contains(text.word(i - 1))
        && ROLE_DETERMINERS.contains(text.word(i - 2))
        && text.gapBefore(i) == TokenizedText.GAP_COMMA
        && text.gapBefore(i - 1) == TokenizedText.GAP_SPACE
        && text.gapBefore(i + 1) == TokenizedText.GAP_COMMA;
  }

  /** Everyday verbs the common-word list lacks ("snore", "wheeze"). */
  private static final Set<String> EVERYDAY_VERBS = Lexicon.read("everyday-verbs.txt");

  /** Words that answer a name question without giving a name ("sorry?", "pardon", "none"). */
  private static final Set<String> NON_ANSWERS =
      Set.of(
          "sorry", "pardon", "what", "why", "none", "nothing", "same", "unknown", "later", "pass",
          "wait", "hold", "hang", "sure", "yes", "no", "yeah", "okay", "ok", "right", "fine",
          "thanks", "please", "again", "excuse", "huh", "hmm", "mine", "yours", "spell");

  /**
   * An ordinary word that is the whole answer to a name question ("and your last name? kettle",
   * "surname? it's kettle, k-e-t-t-l-e"): a surname that is also an English word. Not a function
   * word or a word that puts the question off ("sorry?", "pardon", "none").
   */
  boolean answerWord(TokenizedText text, int i) {
    return plainWord(text, i) && NameConfidence.endsHere(text, i + 1);
  }

  private boolean plainWord(TokenizedText text, int i) {
    String word = text.word(i);
    return word.length() >= 3
        && word.chars().allMatch(Character::isLetter)
        && !lexicon.isFunctionWord(word)
        && !NON_ANSWERS.contains(word)
        && !NameContext.COURTESY_WORDS.contains(word)
        && !CalendarWords.CALENDAR_WORDS.contains(word);
  }

  /**
   * What a caller says after a name that is an ordinary word: that it is one ("liberty, yes like
   * the word", "dawn like the word"), or who then does something ("sunny she comes tuesdays").
   */
  static boolean saidAsAName(TokenizedText text, int i) {
    int next = i + 1;
    if (next < text.size() && text.word(next).equals("yes")) {
      next++;
    }
    return next < text.size() && text.word(next).equals("like") || NameCues.pronounAfter(text, i);
  }

  /** What a name is said to be, not a name ("my last name is different", "the name's wrong"). */
  private static final Set<String> NAME_REMARKS =
      Set.of(
          "wrong",
          "different",
          "correct",
          "right",
          "long",
          "short",
          "new",
          "old",
          "fine",
          "blank",
          "empty",
          "missing",
          "same",
          "common",
          "unusual",
          "weird",
          "funny",
          "hard",
          "easy",
          "simple",
          "tricky",
          "private",
          "unknown",
          "pending",
          "spanish",
          "french",
          "irish",
          "polish",
          "german",
          "italian",
          "dutch",
          "greek",
          "mine",
          "hers",
          "his",
          "theirs",
          "there",
          "here",
          "also",
          "still",
          "too",
          "like",
          "just",
          "really",
          "legal",
          "real",
          "full",
          "first",
          "last",
          "middle",
          "maiden",
          "double",
          "single",
          "complicated",
          "confusing");

  /**
   * An ordinary word alone right after a naming cue, where the clause ends ("the last name's drake,
   * like the bird", "my surname is sparrow"): a surname that is also an English word, unless it
   * says what the name is like ("the last name is different") or has the shape of an adjective, a
   * participle or an adverb.
   */
  boolean namedWord(TokenizedText text, int i) {
    String word = text.word(i);
    return plainWord(text, i)
        && (NameConfidence.endsHere(text, i + 1) || saidAsAName(text, i))
        && !NAME_REMARKS.contains(word)
        && !word.endsWith("ed")
        && !word.endsWith("ing")
        && !word.endsWith("ly")
        && !word.endsWith("ent")
        && !word.endsWith("ous")
        && !word.endsWith("ful")
        && !word.endsWith("ive")
        && !word.endsWith("able")
        && !word.endsWith("ible")
        && !word.endsWith("less");
  }

  /**
   * A verb in the third person ("drives", "cooks") after a name that is the subject of a clause
   * (after a relation or a weak cue): an ordinary word ending in "s" whose stem is an ordinary word
   * too, unless the lists have it as a surname. After a naming cue the same word is a surname
   * ("this is anna banks").
   */
  private boolean presentTense(String word) {
    return thirdPerson(lexicon, word);
  }

  /**
   * A verb in the third person: an ordinary word ending in "s" whose stem is an ordinary word too
   * ("drives", "snores"), unless the lists have it as a surname.
   */
  static boolean thirdPerson(Lexicon lexicon, String word) {
    int length = word.length();
    return length >= 4
        && word.endsWith("s")
        && !lexicon.isSurname(word)
        && (ordinary(lexicon, word.substring(0, length - 1))
            || word.endsWith("es") && ordinary(lexicon, word.substring(0, length - 2)));
  }

  private static boolean ordinary(Lexicon lexicon, String word) {
    return EVERYDAY_VERBS.contains(word)
        || lexicon.isCommonWord(word)
        || lexicon.isAmbiguousName(word);
  }

  /**
   * An ordinary word before a word no list has, right after a naming or record cue, ending where a
   * name ends ("the policy is in the name of rune luford"): a first name that is also an English
   * word.
   */
  boolean wordBeforeUnlisted(TokenizedText text, int i) {
    int next = i + 1;
    String word = base(text, i);
    return word.length() >= 3
        && !lexicon.isFunctionWord(word)
        && !NameWords.PARTICLES.contains(word)
        && !lexicon.isHonorific(word)
        && !NameContext.TITLE_STOPS.contains(word)
        && !CalendarWords.CALENDAR_WORDS.contains(word)
        && word.chars().allMatch(Character::isLetter)
        && next < text.size()
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && words.classify(text, next) == NAME_LIKE
        && base(text, next).length() >= 3
        && !SelfIntroductions.notNameEnding(base(text, next))
        && NameConfidence.endsHere(text, next + 1);
  }

  private final Lexicon lexicon;
  private final NameWords words;

  OrdinaryWordNames(Lexicon lexicon, NameWords words) {
    this.lexicon = lexicon;
    this.words = words;
  }
}
