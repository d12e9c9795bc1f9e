package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.lexicon.ResolvedSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A five-digit number said in a turn that names a town or an address, or right after "near" or
 * "zip": a ZIP code, wherever it stands ("we're at 3349 market lane in friendship, by the church,
 * oh seven two oh seven", "is there a pharmacy near eighty three seventy six seven, i'm in
 * comfort"). Digits one by one, in pairs or written; a number already found, said with "hundred" or
 * "thousand", counting something ("12000 steps") or after another value's cue ("the group is",
 * "box") is none. After "in" too: "is there a pharmacy in 86352".
 */
public final class ZipsNearPlaces {
  private static final Set<String> ZIP_CUES =
      Set.of("near", "zip", "zipcode", "postal", "around", "in");

  private static final Set<String> OTHER_CUES =
      Set.of(
          "number",
          "no",
          "#",
          "group",
          "rx",
          "claim",
          "id",
          "account",
          "member",
          "policy",
          "extension",
          "ext",
          "x",
          "code",
          "pin",
          "room",
          "suite",
          "apt",
          "apartment",
          "unit",
          "box",
          "route",
          "highway",
          "lot",
          "space",
          "card",
          "order",
          "serial",
          "case",
          "is",
          "was",
          "$");

  private ZipsNearPlaces() {}

  /** The ZIP codes a text says beside the places among {@code resolved}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    boolean placeSaid = false;
    for (Detection d : resolved) {
      placeSaid |= d.kind() == EntityKind.LOCATION || d.kind() == EntityKind.ADDRESS;
    }
    int answer = answerStart(text);
    if (!placeSaid
        && answer < 0
        && !text.contains("near")
        && !text.contains("zip")
        && !text.contains("in ")
        && resolved.size() < 2) {
      return List.of();
    }
    List<Detection> out = new ArrayList<>(0);
    var tokens = SpokenTokens.of(text);
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      if (!NumberWords.canStart(tokens, i)
          || ResolvedSpans.overlap(resolved, tokens.get(i).start(), tokens.get(i).start() + 1)) {
        continue;
      }
      var read = NumberWords.read(tokens, i);
      if (read.isEmpty()) {
        continue;
      }
      var run = read.get();
      boolean cued =
          i > 0 && ZIP_CUES.contains(tokens.get(i - 1).text())
              || inListOfValues(text, run, resolved)
              || run.start() == answer && shortAnswer(tokens, run);
      if (run.digits().length() == 5
          && (placeSaid || cued)
          && !saidAsCount(tokens, run)
          && !(i > 0 && OTHER_CUES.contains(tokens.get(i - 1).text()))
          && !ResolvedSpans.overlap(resolved, run.start(), run.end())) {
        out.add(
            new Detection(EntityKind.ZIP, run.start(), run.end(), 0.7, Pass.REGEX, run.digits()));
      }
      i = Math.max(i, run.endToken() - 1);
    }
    return out;
  }

  /** Words that may open a bare answer: "it's uh 84860", "i mean triple four nine zero". */
  private static final Set<String> ANSWER_OPENERS =
      Set.of(
          "it's", "its", "it", "uh", "um", "umm", "so", "yeah", "yes", "ok", "okay", "oh", "i",
          "mean", "like", "well", "hmm", "sure", "right");

  /** Words a number said aloud may open with. */
  private static final Set<String> NUMBER_OPENERS =
      Set.of(
          "zero",
          "oh",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "double",
          "triple",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "seventy",
          "eighty",
          "ninety");

  /** How many words a bare answer may say beside its number: "is that what you needed". */
  private static final int MAX_ANSWER_WORDS = 8;

  /**
   * Where the number that opens a turn starts when only openers stand before it ("it's uh 84860",
   * "nine five two seven eight okay"), or -1: the turn answers the agent's question with it.
   */
  private static int answerStart(String text) {
    int at = 0;
    int n = text.length();
    for (int words = 0; words < 6 && at < n; words++) {
      int end = text.indexOf(' ', at);
      if (end < 0) {
        end = n;
      }
      String word = text.substring(at, end).toLowerCase(Locale.ROOT);
      if (!word.isEmpty() && (Character.isDigit(word.charAt(0)) || NUMBER_OPENERS.contains(word))) {
        return at;
      }
      if (!word.isEmpty() && !ANSWER_OPENERS.contains(word)) {
        return -1;
      }
      at = end + 1;
    }
    return -1;
  }

  /**
   * Whether the turn says little beside the number that opens it: the number again, fillers and at
   * most {@value #MAX_ANSWER_WORDS} other words, and no other number.
   */
  private static boolean shortAnswer(List<SpokenToken> tokens, NumberWords.Run run) {
    int words = 0;
    for (int k = run.endToken(); k < tokens.size(); k++) {
      var token = tokens.get(k);
      if (token.isNumber() || token.wordValue() >= 0) {
        var again = NumberWords.read(tokens, k);
        if (again.isEmpty() || !again.get().digits().equals(run.digits())) {
          return false;
        }
        k = again.get().endToken() - 1; // "84860 um so 84860 yeah 84860"
      } else if (token.isWord()
          && !ANSWER_OPENERS.contains(token.text())
          && ++words > MAX_ANSWER_WORDS) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the number stands in a list of a person's values, a comma after one found before it and
   * a comma or the end after it: "okay fika turner, june twenty seven, thirty one, 26117, and the
   * phone is …".
   */
  private static boolean inListOfValues(
      String text, NumberWords.Run run, List<Detection> resolved) {
    int before = run.start() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    if (before < 0 || text.charAt(before) != ',') {
      return false;
    }
    int after = run.end();
    if (after < text.length() && text.charAt(after) != ',') {
      return false;
    }
    int valueEnd = before;
    while (valueEnd > 0 && text.charAt(valueEnd - 1) == ' ') {
      valueEnd--;
    }
    int k = ResolvedSpans.firstEndingAfter(resolved, valueEnd - 1);
    return k < resolved.size() && resolved.get(k).end() == valueEnd;
  }

  /** "twelve thousand five hundred", "10000 units": a quantity, not a code. */
  private static boolean saidAsCount(List<SpokenToken> tokens, NumberWords.Run run) {
    for (int k = run.firstToken(); k < run.endToken(); k++) {
      if (tokens.get(k).is("hundred") || tokens.get(k).is("thousand")) {
        return true;
      }
    }
    int after = run.endToken();
    if (after >= tokens.size() || !tokens.get(after).isWord()) {
      return false;
    }
    String word = tokens.get(after).text();
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
        || word.equals("mg")
        || word.equals("ml");
  }
}
