package dev.masker.domain.masking.lexicon;

import java.util.List;
import java.util.Set;

/**
 * A word of the name lists followed by who that person is, as callers name people in passing: their
 * job ("so summer the social worker said", "ada the night aide said"), their relation taken up by a
 * pronoun ("and dawn she's my granddaughter") or a remark on the name itself ("bubba that's what we
 * call her"). Each test looks at a few tokens after the word. Only read: safe to share between
 * threads.
 */
final class NamesBeforeWhoTheyAre {
  private static final Set<String> TAKEN_UP = Set.of("she's", "he's", "shes", "hes");
  private static final Set<String> CALLERS = Set.of("we", "they", "everyone", "everybody", "i");
  private static final Set<String> CALLED = Set.of("her", "him", "them", "me");

  private NamesBeforeWhoTheyAre() {}

  /** Whether who the person at {@code i} is follows the word there. */
  static boolean at(TokenizedText text, int i) {
    return text.lowerCase() && (said(text, i) || surnameFollows(text, i) && said(text, i + 1));
  }

  private static boolean said(TokenizedText text, int i) {
    return role(text, i) || relation(text, i) || nickname(text, i) || atDesk(text, i);
  }

  /** Where the staff of a practice sit: "ask for cash at the front desk", "else at reception". */
  private static final List<List<String>> DESKS =
      List.of(
          List.of("at", "the", "front", "desk"),
          List.of("at", "the", "desk"),
          List.of("at", "reception"),
          List.of("at", "the", "nurses", "station"),
          List.of("at", "the", "nurse's", "station"));

  /** What follows a person at a desk: "… he knows about the mixup", "… told me". */
  private static final Set<String> PERSON_AFTER =
      Set.of("he", "she", "told", "said", "says", "knows", "knew", "helped", "gave");

  /** Words before the one asked for at a desk: "ask for", "talk to". */
  private static final Set<String> ASKING = Set.of("for", "ask", "asked", "tell", "told", "to");

  /**
   * "ask for sparrow at the front desk", "else at the front desk told me": the one asked for, or
   * the one who opens the turn, at a practice's desk is someone working there.
   */
  private static boolean atDesk(TokenizedText text, int i) {
    var lexicon = Lexicon.standard();
    String word = NameWords.base(text, i);
    if (PersonSlots.NOT_NAMES.contains(word)
        || lexicon.isFunctionWord(word) && !word.equals("else")) {
      return false;
    }
    for (List<String> desk : DESKS) {
      if (saidAfter(text, i, desk)) {
        int after = i + desk.size() + 1;
        boolean person =
            lexicon.isName(word)
                || !lexicon.isEnglishWord(word)
                || after < text.size() && PERSON_AFTER.contains(text.word(after));
        return person && (i == 0 || ASKING.contains(text.word(i - 1))); // not "ask for water"
      }
    }
    return false;
  }

  private static boolean saidAfter(TokenizedText text, int i, List<String> words) {
    if (i + words.size() >= text.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!text.word(i + 1 + k).equals(words.get(k))
          || text.gapBefore(i + 1 + k) != TokenizedText.GAP_SPACE) {
        return false;
      }
    }
    return true;
  }

  /** "rose park she's my grandmother": the frame follows the surname, the name starts before. */
  private static boolean surnameFollows(TokenizedText text, int i) {
    var lexicon = Lexicon.standard();
    return i + 1 < text.size()
        && text.gapBefore(i + 1) == TokenizedText.GAP_SPACE
        && lexicon.isFirstName(NameWords.base(text, i))
        && !lexicon.isFunctionWord(text.word(i + 1));
  }

  /**
   * "summer the social worker said": the job after "the", a word before it at most, then a deed.
   */
  private static boolean role(TokenizedText text, int i) {
    int k = i + 1;
    if (k >= text.size() || !text.word(k).equals("the")) {
      return false;
    }
    for (int job = k + 1; job <= k + 2 && job + 1 < text.size(); job++) {
      if (PracticeRoles.JOBS.contains(text.word(job))) {
        return PracticeRoles.DEEDS.contains(text.word(job + 1)) && text.spaced(i, job + 1);
      }
    }
    return false;
  }

  /** "dawn she's my granddaughter": a pronoun takes the person up as someone's relation. */
  private static boolean relation(TokenizedText text, int i) {
    return i + 3 < text.size()
        && TAKEN_UP.contains(text.word(i + 1))
        && NameCues.OWNERS.contains(text.word(i + 2))
        && NameCues.RELATIONS.contains(text.word(i + 3))
        && text.spaced(i, i + 3);
  }

  /** "bubba that's what we call her": the word is what someone is called. */
  private static boolean nickname(TokenizedText text, int i) {
    int k = i + 1;
    if (k + 4 >= text.size()
        || !(text.word(k).equals("that's") || text.word(k).equals("thats"))
        || !text.word(k + 1).equals("what")
        || !CALLERS.contains(text.word(k + 2))) {
      return false;
    }
    String verb = text.word(k + 3);
    return (verb.equals("call") || verb.equals("calls") || verb.equals("called"))
        && CALLED.contains(text.word(k + 4));
  }
}
