package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.spoken.NumberWords.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Words a speech-to-text engine writes for a digit word it misheard ("won" for "one", "ate" for
 * "eight", "too" for "two", "for" for "four") or heard in an accent ("tree" for "three"). {@link
 * NumberWords} reads one as its digit between two digit words ("four won five"); this class also
 * lets them go on a number said digit by digit, after it when more digits follow ("… five, won two
 * three four") or another homophone does ("… oh one too too"), and at its edges only when they make
 * it a phone number's length ("for one five … oh one too too", "ate one ate five five five …"), so
 * "talk to five five five …" and "… one two one two to confirm" keep their words.
 */
final class Homophones {
  private static final Map<String, Integer> DIGITS =
      ForeignDigitWords.with(
          Map.of("for", 4, "fore", 4, "to", 2, "too", 2, "won", 1, "ate", 8, "tree", 3),
          ForeignDigitWords.AMBIGUOUS);

  /** The most digits a run grows to by reading homophones before it. */
  private static final int MAX_RUN = 16;

  /** One-digit groups a run needs before a homophone goes on it. */
  private static final int MIN_DIGIT_BY_DIGIT = 4;

  private Homophones() {}

  /** The digit a homophone of a digit word stands for ("too" 2), else -1. */
  static int digit(SpokenToken t) {
    var v = t.isWord() ? DIGITS.get(t.text()) : null;
    return v == null ? -1 : v;
  }

  /** {@code run} with the homophones around it that go on it. */
  static Run around(List<SpokenToken> tokens, Run run) {
    Run tail = null; // a last homophone, kept only when it makes a phone number's length
    while (run.endToken() < tokens.size() && digitByDigit(run)) {
      int at = NumberWords.skipGap(tokens, run.endToken());
      if (at >= tokens.size() || digit(tokens.get(at)) < 0) {
        break;
      }
      var more =
          at + 1 < tokens.size() ? NumberWords.readPlain(tokens, at + 1) : Optional.<Run>empty();
      boolean another = at + 1 < tokens.size() && digit(tokens.get(at + 1)) >= 0;
      if (more.isPresent()) {
        run = joined(joined(run, single(tokens, at)), more.get()); // "… five, won two …"
      } else if (another) {
        run = joined(run, single(tokens, at)); // "… oh one too too"
      } else {
        tail = single(tokens, at); // "… one two one two to confirm" unless a phone's length
        break;
      }
    }
    return withEdges(tokens, run, tail);
  }

  /**
   * The run with the homophones and digits said before it ("ate one ate five five five …") and its
   * last homophone {@code tail}, when they make it a phone number's length; else the run as it is
   * ("talk to five five five …", "… one two one two to confirm").
   */
  private static Run withEdges(List<SpokenToken> tokens, Run run, Run tail) {
    var heads = new ArrayList<Run>(4);
    heads.add(run);
    var longer = run;
    for (int at = run.firstToken() - 1;
        at >= 0 && digitByDigit(run) && longer.digits().length() < MAX_RUN;
        at--) {
      var t = tokens.get(at);
      if (digit(t) >= 0) {
        longer = joined(single(tokens, at), longer);
      } else if (NumberWords.singleDigit(t) >= 0 && t.isWord() && digit(tokens.get(at + 1)) >= 0) {
        var said = String.valueOf(NumberWords.singleDigit(t));
        longer = joined(new Run(said, List.of(said), at, at + 1, t.start(), t.end(), true), longer);
      } else {
        break;
      }
      heads.add(longer);
    }
    for (int h = heads.size() - 1; h >= 0; h--) {
      var head = heads.get(h);
      if (tail != null && phoneLength(joined(head, tail))) {
        return joined(head, tail);
      }
      if (h > 0 && phoneLength(head)) {
        return head;
      }
    }
    // A number said alone between marks ("for to seven one to zero nine for for, that's the
    // patient number"): the homophones at both edges go on it, up to the marks.
    var head = heads.get(heads.size() - 1);
    int before = head.firstToken() - 1;
    // at the start of the text, one homophone is as often a word ("for five five five …")
    boolean headBounded =
        heads.size() > 2 && before < 0 || heads.size() > 1 && bounded(tokens, before);
    boolean tailBounded = tail != null && bounded(tokens, tail.endToken());
    if (headBounded || tailBounded) {
      var whole = joined(headBounded ? head : run, tailBounded ? tail : emptyAfter(run));
      if (whole.digits().length() >= MIN_ALONE
          || whole.digits().length() == ZIP_LENGTH && tailBounded) {
        return whole; // "zip is five for nine one for, or wait": five digits up to a mark
      }
    }
    return run;
  }

  /** A ZIP code's digits, said up to a mark with a homophone last ("… nine one for,"). */
  private static final int ZIP_LENGTH = 5;

  /** The fewest digits a number said alone between marks has (a record or member number). */
  private static final int MIN_ALONE = 7;

  /** Whether token {@code at} is a mark, or lies after the text: a number's edge. */
  private static boolean bounded(List<SpokenToken> tokens, int at) {
    return at >= 0 && (at >= tokens.size() || tokens.get(at).isSymbol());
  }

  private static Run emptyAfter(Run run) {
    return new Run(
        "", List.of(), run.endToken(), run.endToken(), run.end(), run.end(), run.hasWord());
  }

  /** Ten digits, or eleven starting with 1: a North American phone number's length. */
  private static boolean phoneLength(Run run) {
    var digits = run.digits();
    return digits.length() == 10 || digits.length() == 11 && digits.charAt(0) == '1';
  }

  /**
   * At least {@value #MIN_DIGIT_BY_DIGIT} one-digit groups and a last one of one digit: a number
   * said digit by digit, which a homophone may go on ("… oh one too too"); not "for two days".
   */
  private static boolean digitByDigit(Run run) {
    var groups = run.groups();
    if (groups.get(groups.size() - 1).length() != 1) {
      return false;
    }
    int single = 0;
    for (var group : groups) {
      single += group.length() == 1 ? 1 : 0;
    }
    return single >= MIN_DIGIT_BY_DIGIT;
  }

  /** The homophone at token {@code at} as a run of its one digit. */
  private static Run single(List<SpokenToken> tokens, int at) {
    var t = tokens.get(at);
    var said = String.valueOf(digit(t));
    return new Run(said, List.of(said), at, at + 1, t.start(), t.end(), true);
  }

  private static Run joined(Run first, Run second) {
    var groups = new ArrayList<String>(first.groups());
    groups.addAll(second.groups());
    return new Run(
        first.digits() + second.digits(),
        groups,
        first.firstToken(),
        second.endToken(),
        first.start(),
        second.end(),
        first.hasWord() || second.hasWord());
  }
}
