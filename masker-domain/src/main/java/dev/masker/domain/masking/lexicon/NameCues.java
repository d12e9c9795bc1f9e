package dev.masker.domain.masking.lexicon;

import java.util.Set;

/**
 * Reads the cues before each token of a text: the words that make the next ones likely a name ("my
 * name is", "dr", "my father", "this is"), form labels with a colon ("Patient:"), greetings before
 * a capitalized word ("Hi June,") and a self-introduction that opens the turn ("hi um this is
 * ..."). The phrases come from the hand-written lists beside {@link Lexicon} (titles from its
 * honorifics). Built once, then only read: safe to share between threads.
 *
 * <p>A token's marks are one int: its strength ({@link #WEAK} to {@link #TITLE}, read with {@link
 * #strength}) and the bits {@link #GREETED} and {@link #INTRODUCED} above it.
 */
final class NameCues {
  static final int WEAK = 1;
  static final int MEDIUM = 2;
  static final int STRONG = 3;

  /** Naming cues ("my name is"): the next word is a name even when no list has it. */
  static final int NAMING = 4;

  /** Titles ("dr", "mrs"): a capitalized word after one is a name. */
  static final int TITLE = 5;

  /** The bits of a token's marks that hold its strength (WEAK..TITLE). */
  private static final int STRENGTH = 7;

  /** Bit set on a token right after a greeting ("hi", "thanks"). */
  private static final int GREETED = 8;

  /** Bit set on a token right after a self-introduction that opens the turn. */
  private static final int INTRODUCED = 16;

  /** Bit set on each item of a list of names after a plural person noun ("founders: Ames, Obi"). */
  private static final int LISTED = 32;

  /** Bit set on a token right after a phrase naming whom a record is under ("put it under"). */
  private static final int RECORD = 64;

  /** Bit set on the token that answers a name question ("and your last name? kettle"). */
  private static final int ANSWER = 128;

  /** Bit set on the words of a relation cue after "my" ("foster" in "my foster son kwame"). */
  private static final int IN_CUE = 256;

  private static final Set<String> FILLERS = Lexicon.read("fillers.txt");

  /** Fillers of speech ("uh", "um"), skipped between a cue and a name. */
  static final Set<String> FILLER_WORDS = FILLERS;

  /** Words that may open a turn before a self-introduction ("hi um yeah so this is ..."). */
  static final Set<String> OPENERS = Lexicon.read("turn-openers.txt");

  /** Relatives and the people around a caller ("nana", "cousin", "caseworker"). */
  static final Set<String> RELATIONS = Lexicon.read("relations.txt");

  /** Words that make the relation after them someone's ("my", "our", "her"). */
  static final Set<String> OWNERS = Set.of("my", "our", "her", "his", "their", "your");

  /**
   * A relation right after "my", "our" and the like ("my nana who is 92", "my cousin kenji"): the
   * relative, whom the name after it names, not a name itself, though some are given names too.
   */
  static boolean relationAfterOwner(TokenizedText text, int i) {
    return i > 0
        && OWNERS.contains(text.word(i - 1))
        && text.gapBefore(i) == TokenizedText.GAP_SPACE
        && RELATIONS.contains(text.word(i));
  }

  /** The labels of a form's name fields ("Name", "Vorname", "Patient"): never a name themselves. */
  static final Set<String> NAME_LABELS = Lexicon.read("name-labels.txt");

  /** Words that open a spoken answer before the name it gives ("it's", "oh", "yeah"). */
  private static final Set<String> ANSWER_OPENERS =
      Set.of(
          "it's", "its", "it", "is", "that's", "that", "oh", "um", "uh", "yeah", "yes", "sure",
          "so", "well", "ok", "okay", "er", "erm");

  /** Plural nouns for people ("founders", "nurses"): a list of capitalised words after one. */
  private static final Set<String> PERSON_PLURALS = Lexicon.read("person-plurals.txt");

  /** The most tokens between a plural person noun and the list of names it introduces. */
  private static final int LIST_REACH = 5;

  private final PhraseTrie cues = new PhraseTrie();

  /** Questions for a name ("what's your last name?"): the answer after the "?" is a name. */
  private final PhraseTrie questions = new PhraseTrie();

  /** Greetings ("hi", "thanks"): a capitalized word after one is addressed by name. */
  private final PhraseTrie greetings = new PhraseTrie();

  /** Form and letter labels ("Name:", "Patient:", "From:"): followed by a colon, a naming cue. */
  private final PhraseTrie labels = new PhraseTrie();

  /** Whom a record is under ("the account is under", "the appointment is for"): medium cues. */
  private final PhraseTrie records = new PhraseTrie();

  /** Self-introductions ("this is", "i'm"), told apart from the other cues of their strength. */
  private final PhraseTrie introductions = new PhraseTrie();

  NameCues(Lexicon lexicon) {
    addAll(cues, Lexicon.read("name-cues-naming.txt"), NAMING);
    addAll(cues, lexicon.honorifics(), TITLE);
    addAll(cues, Lexicon.read("name-cues-medium.txt"), MEDIUM);
    addAll(introductions, Lexicon.read("self-introductions.txt"), STRONG);
    addAll(records, Lexicon.read("name-cues-record.txt"), MEDIUM);
    addAll(greetings, Lexicon.read("greetings.txt"), MEDIUM);
    addAll(greetings, Lexicon.read("greeting-phrases.txt"), MEDIUM);
    addAll(labels, NAME_LABELS, NAMING);
    for (String relation : Lexicon.read("relations.txt")) {
      cues.add("my " + relation, STRONG);
      cues.add("our " + relation, STRONG);
      cues.add("her " + relation, STRONG); // notes: "discussed with her partner, Wren"
      cues.add("his " + relation, STRONG);
      cues.add("their " + relation, STRONG);
      cues.add("my " + relation + " is", MEDIUM); // "my social worker is mouk schwennen"
      cues.add("my " + relation + "'s", MEDIUM); // "my husband's pat he's ninety": "husband is"
      cues.add("my late " + relation, STRONG);
      cues.add("my " + relation + "'s name is", NAMING);
      cues.add("my " + relation + "'s name's", NAMING);
    }
    addAll(cues, Lexicon.read("name-cues-weak.txt"), WEAK);
    addAll(questions, Lexicon.read("name-questions.txt"), NAMING);
  }

  static void raise(int[] strength, int i, int cue) {
    strength[i] = Math.max(strength[i] & STRENGTH, cue) | strength[i] & ~STRENGTH;
  }

  private static void addAll(PhraseTrie trie, Set<String> phrases, int value) {
    for (String phrase : phrases) {
      trie.add(phrase, value);
    }
  }

  /** The strength of a token's marks: 0 (no cue) or {@link #WEAK} to {@link #TITLE}. */
  static int strength(int marks) {
    return marks & STRENGTH;
  }

  /** Words that introduce the speaker after a greeting ("hi agita it's irena"). */
  private static final Set<String> INTRODUCING = Set.of("it's", "its", "i'm", "im");

  /** Subject pronouns that take up a person just named ("my stepmom ren she's the one"). */
  private static final Set<String> TAKEN_UP =
      Set.of("she", "he", "she's", "he's", "shes", "hes", "she'll", "he'll", "who's");

  /**
   * In a lower-case turn, token {@code i} right after a greeting and right before a
   * self-introduction ("hi agita it's irena", "hello bo this is sam"): the person greeted.
   */
  static boolean greetedBeforeIntroduction(TokenizedText text, int i, int[] marks) {
    int next = i + 1;
    if (!text.lowerCase()
        || !greeted(marks[i])
        || next + 1 >= text.size()
        || text.gapBefore(next) == TokenizedText.GAP_STOP) {
      return false;
    }
    String word = text.word(next);
    String after = text.word(next + 1);
    return INTRODUCING.contains(word)
        || word.equals("this") && after.equals("is")
        || word.equals("my") && after.equals("name");
  }

  /**
   * Another naming cue starts right after token {@code i} ("first name german last name ngobese"):
   * the word between the two is the value the first one names, whatever else it could be.
   */
  static boolean namingCueAfter(TokenizedText text, int i, int[] marks) {
    for (int at = i + 2; at <= i + 4 && at < marks.length && at < text.size(); at++) {
      if (strength(marks[at]) == NAMING && text.gapBefore(i + 1) != TokenizedText.GAP_STOP) {
        return true;
      }
    }
    return false;
  }

  /** A subject pronoun right after token {@code i} takes up the person it names. */
  static boolean pronounAfter(TokenizedText text, int i) {
    int next = i + 1;
    return next < text.size()
        && text.gapBefore(next) != TokenizedText.GAP_STOP
        && TAKEN_UP.contains(text.word(next));
  }

  /** Whether the token comes right after a greeting. */
  static boolean greeted(int marks) {
    return (marks & GREETED) != 0;
  }

  /** Whether the token starts an item of a list of names ("founders: Ames, Obi and Lindqvist"). */
  static boolean listed(int marks) {
    return (marks & LISTED) != 0;
  }

  /** Whether the token comes right after a phrase naming whom a record is under. */
  static boolean record(int marks) {
    return (marks & RECORD) != 0;
  }

  /** Whether the token is a word inside a relation cue ("foster" in "my foster son"). */
  static boolean inCue(int marks) {
    return (marks & IN_CUE) != 0;
  }

  /** Whether the token answers a name question ("what's your last name? okafor"). */
  static boolean answer(int marks) {
    return (marks & ANSWER) != 0;
  }

  /** Whether the token comes right after a self-introduction that opens the turn. */
  static boolean introduced(int marks) {
    return (marks & INTRODUCED) != 0;
  }

  /**
   * For every token, the strongest cue that ends right before it (fillers skipped). A label with a
   * colon ("Name:") is a naming cue; a greeting before a capitalized word ("Hi June,") and a
   * self-introduction at the start of a turn ("hi this is ...") are marked with their own bits
   * above the strength.
   */
  int[] marks(TokenizedText text) {
    int size = text.size();
    int[] strength = new int[size + 1];
    boolean opening = true;
    for (int i = 0; i < size; i++) {
      PhraseTrie.Match cue = cues.longestAt(text, i);
      if (cue != null) {
        int after = i + cue.tokens();
        if (cue.tokens() > 2 && text.word(i).equals("my")) {
          for (int t = i + 1; t < after - 1; t++) {
            strength[t] |= IN_CUE; // "my foster son", "my case manager"
          }
        }
        if (after < size
            && (text.gapBefore(after) != TokenizedText.GAP_STOP || colonOnly(text, after))) {
          strength[after] = Math.max(strength[after], cue.value());
        }
      }
      PhraseTrie.Match label = labels.longestAt(text, i);
      if (label != null
          && i + label.tokens() < size
          && colonOnly(text, i + label.tokens())
          && !nextLabel(text, i + label.tokens())) {
        int after = i + label.tokens();
        strength[after] =
            Math.max(strength[after] & STRENGTH, NAMING) | strength[after] & ~STRENGTH;
      }
      PhraseTrie.Match question = questions.longestAt(text, i);
      if (question != null && i + question.tokens() < size) {
        int answer = answerAfterQuestion(text, i + question.tokens());
        if (answer > 0) {
          raise(strength, answer, NAMING);
          strength[answer] |= ANSWER;
        }
      }
      if (PERSON_PLURALS.contains(text.word(i))) {
        markList(text, i, strength);
      }
      int nameOn = nameOnRecord(text, i);
      if (nameOn > 0) {
        raise(strength, nameOn, MEDIUM); // "the name on the prescription is tove lake"
        strength[nameOn] |= RECORD;
      }
      PhraseTrie.Match record = records.longestAt(text, i);
      if (record != null
          && i + record.tokens() < size
          && text.gapBefore(i + record.tokens()) != TokenizedText.GAP_STOP) {
        raise(strength, i + record.tokens(), MEDIUM);
        strength[i + record.tokens()] |= RECORD;
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

  /**
   * "name on the prescription is", "name on my insurance card is": the token after the "is" that
   * ends the phrase (up to three words between "on" and "is"), or -1.
   */
  private static int nameOnRecord(TokenizedText text, int i) {
    int size = text.size();
    if (i + 3 >= size || !text.word(i).equals("name") || !text.word(i + 1).equals("on")) {
      return -1;
    }
    for (int t = i + 2; t < size - 1 && t <= i + 5; t++) {
      if (text.gapBefore(t) != TokenizedText.GAP_SPACE) {
        return -1;
      }
      if (text.word(t).equals("is") && t > i + 2) {
        return text.gapBefore(t + 1) == TokenizedText.GAP_STOP ? -1 : t + 1;
      }
    }
    return -1;
  }

  /**
   * The token that answers a name question ending before token {@code i} ("What's your last name?
   * Okafor", "Name? A: Ines Varga"), or -1 when no question mark ends the question.
   */
  private static int answerAfterQuestion(TokenizedText text, int i) {
    int mark = text.end(i - 1);
    if (mark >= text.text().length() || text.text().charAt(mark) != '?') {
      return -1;
    }
    if (i + 1 < text.size() && colonOnly(text, i + 1) && NameWords.writtenCapital(text, i + 1)) {
      return i + 1; // an answer label: "A: Okafor", "Respondent: Okafor"
    }
    int answer = i;
    while (answer + 1 < text.size()
        && answer - i < 3
        && ANSWER_OPENERS.contains(text.word(answer))
        && text.gapBefore(answer + 1) != TokenizedText.GAP_STOP) {
      answer++; // "and the last name? oh it's amir", "surname? yeah, okafor"
    }
    return answer;
  }

  /**
   * After a plural noun for people ("our three founders: Ames, Obi and Lindqvist", "the two nurses
   * on shift, Varga and Holm, signed"), marks each capitalised item of the list that follows as
   * named. The list starts after a colon or a comma within a few tokens; its items are separated by
   * commas, "and", "or" or "&".
   */
  private static void markList(TokenizedText text, int noun, int[] strength) {
    int size = text.size();
    int j = noun + 1;
    while (j < size && j - noun <= LIST_REACH) {
      int gap = text.gapBefore(j);
      if (NameWords.writtenCapital(text, j)
          && (gap == TokenizedText.GAP_COMMA || colonOnly(text, j))) {
        break;
      }
      if (gap == TokenizedText.GAP_STOP) {
        return;
      }
      j++;
    }
    if (j >= size || j - noun > LIST_REACH) {
      return;
    }
    while (j < size && NameWords.writtenCapital(text, j)) {
      raise(strength, j, NAMING);
      strength[j] |= LISTED;
      int next = j + 1;
      while (next < size
          && text.gapBefore(next) == TokenizedText.GAP_SPACE
          && NameWords.writtenCapital(text, next)) {
        next++; // the further words of one item: "Ines Varga"
      }
      if (next >= size || text.gapBefore(next) == TokenizedText.GAP_STOP) {
        return;
      }
      String word = text.word(next);
      if (word.equals("and") || word.equals("or")) {
        next++;
      } else if (text.gapBefore(next) != TokenizedText.GAP_COMMA) {
        return;
      }
      j = next;
    }
  }

  /**
   * Token {@code i} is a label of its own ("DOB:", "MRN 40071882" on the line after "Patient:"):
   * followed by a colon, or three capitals or fewer before a number (not "LI WEI").
   */
  private static boolean nextLabel(TokenizedText text, int i) {
    String original = text.text();
    int end = text.end(i);
    if (end < original.length() && original.charAt(end) == ':') {
      return true;
    }
    if (end - text.start(i) > 3 || i + 1 >= text.size() || !text.isDigits(i + 1)) {
      return false;
    }
    for (int c = text.start(i); c < end; c++) {
      if (!Character.isUpperCase(original.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** Only a colon and spaces, maybe one line break after it, before token {@code i}: a label. */
  private static boolean colonOnly(TokenizedText text, int i) {
    int colons = 0;
    int breaks = 0;
    for (int c = text.end(i - 1); c < text.start(i); c++) {
      char ch = text.text().charAt(c);
      if (ch == ':') {
        colons++;
      } else if (ch == '\n' || ch == '\u2028') {
        breaks += colons; // "SHIP TO:\nJella Dück": the value on the line after its label
      } else if (ch != ' ' && ch != '\t' && ch != '\r') {
        return false;
      }
    }
    return colons == 1 && breaks <= 1;
  }
}
