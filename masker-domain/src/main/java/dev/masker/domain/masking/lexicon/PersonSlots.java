package dev.masker.domain.masking.lexicon;

import java.util.List;
import java.util.Set;

/**
 * Places in a spoken sentence that only a person fills, so that a word of the ambiguous-name list
 * there ("summer", "pat", "hill", "king") is a name although nothing else cues it: the one spoken
 * to or asked for ("we told pat it was ready", "could you call summer when it's ready", "i'd like
 * to book with hill again", "ask miles fox to call me"), the one who did something at the start of
 * a clause ("sterling picked it up", "not the new one, hill knows my history", "last time rose
 * helped me"), and the one pointed at ("oh that was jewel, so nice"). Each test looks at a few
 * tokens around the word. Only read: safe to share between threads.
 */
final class PersonSlots {
  /** Verbs whose object right after them is a person ("tell", "called", "remind"). */
  private static final Set<String> ADDRESSING =
      Set.of(
          "tell",
          "told",
          "ask",
          "asked",
          "call",
          "text",
          "texted",
          "email",
          "emailed",
          "thank",
          "thanked",
          "remind",
          "reminded",
          "page",
          "paged",
          "ring",
          "phone",
          "phoned",
          "message",
          "messaged",
          "under");

  /** Verbs before a preposition whose object is a person ("book with", "speak to"). */
  private static final Set<String> MEETING =
      Set.of(
          "book",
          "booked",
          "speak",
          "spoke",
          "speaking",
          "talk",
          "talked",
          "talking",
          "see",
          "seeing",
          "saw",
          "seen",
          "meet",
          "met",
          "check",
          "checked",
          "ask",
          "asked",
          "asking",
          "transfer",
          "connect",
          "appointment",
          "visit",
          "session");

  /** The prepositions of those ("with", "to", "for"). */
  private static final Set<String> MEETING_PREPOSITIONS = Set.of("with", "to", "for");

  /** Words right after the person in such a slot: a new clause or what goes with it. */
  private static final Set<String> AFTER_OBJECT =
      Set.of(
          "it",
          "when",
          "that",
          "about",
          "if",
          "back",
          "again",
          "or",
          "i",
          "she",
          "he",
          "we",
          "they",
          "today",
          "tomorrow",
          "instead",
          "directly",
          "sometime",
          "to",
          "for",
          "at",
          "his",
          "her",
          "their",
          "not");

  /**
   * What a person did, right after them at the start of a clause ("picked", "knows"): what a person
   * talked about did ({@link OrdinaryWordNames#PERSON_VERBS}) and more.
   */
  private static final Set<String> DEEDS = deeds();

  private static Set<String> deeds() {
    var deeds = new java.util.HashSet<>(OrdinaryWordNames.PERSON_VERBS);
    deeds.addAll(
        List.of(
            "calls",
            "knew",
            "picked",
            "picks",
            "dropped",
            "drops",
            "brought",
            "brings",
            "drove",
            "drives",
            "took",
            "takes",
            "came",
            "comes",
            "cancelled",
            "canceled",
            "gave",
            "sent",
            "usually",
            "always",
            "never",
            "handles",
            "handled",
            "booked",
            "signed",
            "filled",
            "helps",
            "helped",
            "checks",
            "checked",
            "prescribed",
            "saw",
            "sees",
            "signs",
            "signed",
            "gets",
            "got",
            "goes",
            "went",
            "will"));
    return Set.copyOf(deeds);
  }

  /** Words that join clauses, after which a new subject starts ("and", "but", "so"). */
  private static final Set<String> CLAUSE_JOINS =
      Set.of(
          "and",
          "but",
          "so",
          "because",
          "cause",
          "then",
          "cuz",
          "though",
          "since",
          "that",
          "time",
          "yesterday",
          "today",
          "earlier",
          "if",
          "unless");

  private final Lexicon lexicon;

  PersonSlots(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Token {@code i}, a word of the name lists, fills a slot only a person fills. */
  boolean person(TokenizedText text, int i) {
    if (!text.lowerCase() || !fits(NameWords.base(text, i))) {
      return false;
    }
    return spokenTo(text, i) && !NAMED_MONTHS.contains(NameWords.base(text, i))
        || doer(text, i)
        || pointedAt(text, i)
        || owner(text, i)
        || bothOf(text, i)
        || withMe(text, i);
  }

  /** Months that are given names too: "may i book for june" asks for the month. */
  private static final Set<String> NAMED_MONTHS = Set.of("april", "may", "june", "august");

  private boolean fits(String word) {
    return word.length() >= 3
        && lexicon.isName(word)
        && !lexicon.isFunctionWord(word)
        && !CalendarWords.CALENDAR_WORDS.contains(word);
  }

  /** "we told pat it was ready", "call summer when", "book with hill again". */
  private boolean spokenTo(TokenizedText text, int i) {
    if (i == 0 || text.gapBefore(i) != TokenizedText.GAP_SPACE) {
      return false;
    }
    boolean addressed =
        ADDRESSING.contains(text.word(i - 1))
            || i >= 2
                && MEETING_PREPOSITIONS.contains(text.word(i - 1))
                && MEETING.contains(text.word(i - 2))
                && text.gapBefore(i - 1) == TokenizedText.GAP_SPACE;
    if (!addressed) {
      return false;
    }
    int next = i + 1;
    if (next < text.size()
        && text.gapBefore(next) == TokenizedText.GAP_SPACE
        && lexicon.isSurname(NameWords.base(text, next))
        && !lexicon.isFunctionWord(text.word(next))) {
      next++; // "could you ask miles fox to call me"
    }
    return next >= text.size()
        || text.gapBefore(next) != TokenizedText.GAP_SPACE
        || AFTER_OBJECT.contains(text.word(next));
  }

  /**
   * "oh that was jewel, so nice", "i think it was hazel no honey the young one": a first name after
   * "that was" or "it was", before a mark, the end, a correction or "the … one", says who someone
   * was; so does the first name that corrects it.
   */
  private boolean pointedAt(TokenizedText text, int i) {
    if (!firstName(text, i)) {
      return false;
    }
    if (i >= 4 && text.word(i - 1).equals("no") && pointer(text, i - 3)) {
      return firstName(text, i - 2); // "it was hazel no honey"
    }
    return i >= 2
        && pointer(text, i - 1)
        && (i + 1 >= text.size()
            || text.gapBefore(i + 1) != TokenizedText.GAP_SPACE
            || text.word(i + 1).equals("no") // "i think it was hazel no honey"
            || text.word(i + 1).equals("the") && nextIsOne(text, i + 2)); // "holly the young one"
  }

  /** A given name of the lists that is no month or day: "it was may no june" says when. */
  private boolean firstName(TokenizedText text, int i) {
    String word = NameWords.base(text, i);
    return lexicon.isFirstName(word)
        && !CalendarWords.CALENDAR_WORDS.contains(word)
        && !CalendarWords.isMonth(word);
  }

  /** "that was" or "it was" ending at token {@code was}. */
  private static boolean pointer(TokenizedText text, int was) {
    return was >= 1
        && text.word(was).equals("was")
        && (text.word(was - 1).equals("that") || text.word(was - 1).equals("it"));
  }

  /** "the young one", "the tall one": a word or two, then "one". */
  private static boolean nextIsOne(TokenizedText text, int k) {
    return k + 1 < text.size()
        && (text.word(k + 1).equals("one")
            || k + 2 < text.size() && text.word(k + 2).equals("one"));
  }

  /** What a person has that a clinic asks about: "hunter's prescription", "penny's results". */
  private static final Set<String> OWNED =
      Set.of(
          "prescription",
          "prescriptions",
          "appointment",
          "appointments",
          "refill",
          "refills",
          "meds",
          "medication",
          "medications",
          "medicine",
          "results",
          "insurance",
          "doctor",
          "chart",
          "birthday",
          "records",
          "shots",
          "surgery",
          "visit",
          "pills",
          "inhaler",
          "dose",
          "mom",
          "dad",
          "mother",
          "father",
          "wife",
          "husband",
          "son",
          "daughter",
          "number",
          "address",
          "phone",
          "referral",
          "claim",
          "bill",
          "account",
          "test",
          "labs",
          "x-ray",
          "sugar",
          "sugars",
          "levels",
          "bloodwork",
          "scan");

  /** Words before a possessive that make it a thing's ("the", "a", "my"). */
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that");

  /** "can you tell me if hunter's prescription is ready": a name owns what a clinic asks about. */
  private boolean owner(TokenizedText text, int i) {
    return NameWords.possessive(text.word(i))
        && i + 1 < text.size()
        && text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
        && OWNED.contains(text.word(i + 1))
        && (i == 0 || !DETERMINERS.contains(text.word(i - 1)));
  }

  /** "daisy and lily both have appointments": two names joined before "both". */
  private boolean bothOf(TokenizedText text, int i) {
    int first;
    if (i + 3 < text.size() && text.word(i + 1).equals("and")) {
      first = i;
    } else if (i >= 2 && text.word(i - 1).equals("and")) {
      first = i - 2;
    } else {
      return false;
    }
    return first + 3 < text.size()
        && (text.word(first + 3).equals("both") || kinOf(text, first + 3))
        && (first == 0 || !DETERMINERS.contains(text.word(first - 1)))
        && fits(NameWords.base(text, first))
        && fits(NameWords.base(text, first + 2))
        && text.gapBefore(first + 1) == TokenizedText.GAP_SPACE
        && text.gapBefore(first + 2) == TokenizedText.GAP_SPACE
        && text.gapBefore(first + 3) == TokenizedText.GAP_SPACE;
  }

  /** Words for the children or the people of someone: "are her kids", "are my neighbours". */
  private static final Set<String> KIN =
      Set.of(
          "kids",
          "children",
          "sons",
          "daughters",
          "grandkids",
          "grandchildren",
          "granddaughters",
          "grandsons",
          "parents",
          "sisters",
          "brothers",
          "neighbours",
          "neighbors",
          "caregivers",
          "aides",
          "nurses");

  /** "are her kids", "are my neighbours" at token {@code k}: who the two before are. */
  private static boolean kinOf(TokenizedText text, int k) {
    return k + 2 < text.size()
        && (text.word(k).equals("are") || text.word(k).equals("were"))
        && NameCues.OWNERS.contains(text.word(k + 1))
        && KIN.contains(text.word(k + 2));
  }

  /**
   * "rusty and me drove down", "me and will went over": a name-list word joined to "me" or "i" as
   * the subject of what they did.
   */
  private static boolean withMe(TokenizedText text, int i) {
    if (i + 3 < text.size()
        && text.word(i + 1).equals("and")
        && (text.word(i + 2).equals("me") || text.word(i + 2).equals("i"))
        && DEEDS.contains(text.word(i + 3))) {
      return opening(text, i) && text.spaced(i, i + 3);
    }
    return i >= 2
        && i + 1 < text.size()
        && text.word(i - 1).equals("and")
        && text.word(i - 2).equals("me")
        && DEEDS.contains(text.word(i + 1))
        && opening(text, i - 2)
        && text.spaced(i - 2, i + 1);
  }

  /** "sterling picked it up", "..., hill knows my history", "and pat said". */
  private static final Set<String> SEASONS = Set.of("summer", "spring", "winter", "autumn", "fall");

  /** Adverbs a deed follows that are no one's name: "my mom still drives", "my son often takes". */
  private static final Set<String> NOT_DOERS =
      Set.of("still", "also", "sometimes", "often", "already", "now", "then", "too", "rarely");

  /**
   * Whether what a person did follows the ordinary word at {@code i}, a noun, not an adverb ("my
   * friend bishop usually takes me", not "my mom still drives").
   */
  static boolean deedAfter(TokenizedText text, int i) {
    String word = text.word(i);
    return i + 1 < text.size()
        && text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
        && DEEDS.contains(text.word(i + 1))
        && !word.endsWith("ly")
        && !NOT_DOERS.contains(word)
        && !DEEDS.contains(word);
  }

  /** Words a person from the practice did, a word or two after it ("called", "left a message"). */
  private static final Set<String> PRACTICE_DEEDS =
      Set.of("called", "said", "told", "left", "texted", "phoned", "emailed", "rang", "came");

  /** Places of work a caller says someone is from: "deacon from your office called". */
  private static final Set<String> PRACTICES =
      Set.of("office", "clinic", "pharmacy", "practice", "agency", "insurance", "lab", "hospital");

  /** Words for a person that name no one: "the lady from your office called". */
  static final Set<String> NOT_NAMES =
      Set.of(
          "lady",
          "guy",
          "woman",
          "man",
          "girl",
          "boy",
          "someone",
          "somebody",
          "person",
          "people",
          "folks",
          "everyone",
          "nobody",
          "one",
          "nurse",
          "doctor",
          "rep",
          "pharmacist");

  /**
   * Whether the word at {@code i}, at a clause's opening, is someone from the practice who did
   * something ("yeah so deacon from your office called and said …"): a name, even an ordinary word.
   */
  static boolean fromPractice(TokenizedText text, int i) {
    if (i + 4 >= text.size()
        || !text.word(i + 1).equals("from")
        || !(text.word(i + 2).equals("your") || text.word(i + 2).equals("the"))
        || !PRACTICES.contains(text.word(i + 3))
        || NOT_NAMES.contains(text.word(i))
        || !(PRACTICE_DEEDS.contains(text.word(i + 4))
            || i + 5 < text.size() && PRACTICE_DEEDS.contains(text.word(i + 5)))) {
      return false;
    }
    for (int k = i; k <= i + 4; k++) {
      if (k > i && text.gapBefore(k) != TokenizedText.GAP_SPACE) {
        return false;
      }
    }
    return opening(text, i);
  }

  /** Whether token {@code i} opens a clause: only openers ("so", "yeah") or a join before it. */
  private static boolean opening(TokenizedText text, int i) {
    int t = i - 1;
    while (t >= 0 && text.gapBefore(t + 1) == TokenizedText.GAP_SPACE) {
      String word = text.word(t);
      if (CLAUSE_JOINS.contains(word)) {
        return true;
      }
      if (!NameCues.OPENERS.contains(word)) {
        return false;
      }
      t--;
    }
    return true;
  }

  private static boolean doer(TokenizedText text, int i) {
    int next = i + 1;
    if (next >= text.size()
        || text.gapBefore(next) != TokenizedText.GAP_SPACE
        || !DEEDS.contains(text.word(next))) {
      return false;
    }
    // "if joy signs for it", not "if summer comes early", "and spring will be here"
    return opening(text, i) && !(i > 0 && SEASONS.contains(text.word(i)));
  }
}
