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
        && !text.contains(" to ")
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
      int town = mailedTo(tokens, i);
      if (run.digits().length() == 5
          && (placeSaid || cued || town > 0)
          && !saidAsCount(tokens, run)
          && !(i > 0 && OTHER_CUES.contains(tokens.get(i - 1).text()))
          && !ResolvedSpans.overlap(resolved, run.start(), run.end())) {
        out.add(
            new Detection(EntityKind.ZIP, run.start(), run.end(), 0.7, Pass.REGEX, run.digits()));
        if (town > 0) {
          int start = tokens.get(town).start();
          int end = tokens.get(i - 1).end();
          if (!ResolvedSpans.overlap(resolved, start, end)) {
            out.add(
                new Detection(
                    EntityKind.LOCATION,
                    start,
                    end,
                    0.7,
                    Pass.REGEX,
                    text.substring(start, end).toLowerCase(java.util.Locale.ROOT)));
          }
        }
      }
      i = Math.max(i, run.endToken() - 1);
    }
    return out;
  }

  /** Verbs of post sent somewhere: "her mail goes to birchard lake 73151". */
  private static final Set<String> MAILING =
      Set.of(
          "goes",
          "go",
          "going",
          "mail",
          "mailed",
          "send",
          "sent",
          "ship",
          "shipped",
          "deliver",
          "delivered",
          "forward",
          "forwarded");

  /** Words after "to" that are no town: "send it to my daughter 4 times". */
  private static final Set<String> NOT_TOWN_WORDS =
      Set.of(
          "the", "a", "an", "my", "her", "his", "our", "their", "your", "me", "us", "him", "them",
          "address", "house", "home", "office", "old", "new", "same", "other", "po", "p", "box");

  /**
   * One to three words after a verb of post and "to" come right before token {@code i}: the number
   * there ends where the post goes, a town and its ZIP code ("mail goes to climax oh three six one
   * five", "send it to birchard lake 73151"). Returns the town's first token, or -1.
   */
  private static int mailedTo(List<SpokenToken> tokens, int i) {
    for (int words = 1; words <= 3 && i - words - 1 >= 1; words++) {
      int to = i - words - 1;
      for (int k = to + 1; k < i; k++) {
        var t = tokens.get(k);
        if (!t.isWord() || t.text().length() < 3 || NOT_TOWN_WORDS.contains(t.text())) {
          return -1;
        }
      }
      if (tokens.get(to).is("to")) {
        int verb = to - 1;
        if (verb >= 1 && (tokens.get(verb).is("it") || tokens.get(verb).is("them"))) {
          verb--;
        }
        return MAILING.contains(tokens.get(verb).text()) ? to + 1 : -1;
      }
    }
    return -1;
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
