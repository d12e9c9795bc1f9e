package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.lexicon.ResolvedSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A house number said apart from its street, in a turn that gives a street: corrected ("no it's
 * nineteen eighty not eighteen ninety … on water boulevard", both numbers), read off the mailbox
 * ("… 269 on the mailbox"), or named as the number ("the number's 4766 and it's on center pike",
 * "forty five forty two like that's the number yeah orchard avenue"). One to five digits (two at
 * least when corrected), in words or digits; the street must be found in the turn, or a street's
 * last word said in it.
 */
public final class HouseNumbersApart {
  private static final double CONFIDENCE = 0.7;

  private static final Set<String> STREET_WORDS =
      Set.of(
          "street",
          "st",
          "avenue",
          "ave",
          "road",
          "rd",
          "lane",
          "ln",
          "drive",
          "dr",
          "court",
          "boulevard",
          "blvd",
          "way",
          "terrace",
          "place",
          "circle",
          "pike",
          "trail",
          "highway",
          "parkway",
          "crescent",
          "loop");

  private HouseNumbersApart() {}

  /** The house numbers said apart from the street of {@code resolved} in {@code text}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (!(text.contains(" not ") || text.contains("mailbox") || text.contains("number"))
        || !streetSaid(text, resolved)) {
      return out;
    }
    var tokens = SpokenTokens.of(text);
    for (int i = 0; i < tokens.size(); i++) {
      if (!NumberWords.canStart(tokens, i)) {
        continue;
      }
      var read = NumberWords.read(tokens, i);
      if (read.isEmpty()) {
        continue;
      }
      var run = read.get();
      int end = run.endToken();
      int digits = run.digits().length();
      if (digits >= 1 && digits <= 5) {
        boolean corrected =
            digits >= 2 && said(tokens, end, "not") && houseNumberAt(tokens, end + 1, out);
        if (corrected
            || said(tokens, end, "on", "the", "mailbox")
            || said(tokens, end, "like", "that's", "the", "number")
            || said(tokens, end, "that's", "the", "number")
            || namedBefore(tokens, i)) {
          add(run, resolved, out);
        }
      }
      i = Math.max(i, end - 1);
    }
    return out;
  }

  /** A run of two to five digits at token {@code k}: the number corrected; added when it is. */
  private static boolean houseNumberAt(List<SpokenToken> tokens, int k, List<Detection> out) {
    if (k >= tokens.size() || !NumberWords.canStart(tokens, k)) {
      return false;
    }
    var read = NumberWords.read(tokens, k);
    if (read.isEmpty() || read.get().digits().length() < 2 || read.get().digits().length() > 5) {
      return false;
    }
    add(read.get(), List.of(), out);
    return true;
  }

  /** "the number's 4766", "the house number is 923": the number named right before. */
  private static boolean namedBefore(List<SpokenToken> tokens, int i) {
    return i >= 3
            && tokens.get(i - 2).is("number")
            && tokens.get(i - 1).is("is")
            && (tokens.get(i - 3).is("the") || tokens.get(i - 3).is("house"))
        || i >= 2 && tokens.get(i - 1).is("number's") && tokens.get(i - 2).is("the");
  }

  private static boolean said(List<SpokenToken> tokens, int k, String... words) {
    if (k + words.length > tokens.size()) {
      return false;
    }
    for (int w = 0; w < words.length; w++) {
      if (!tokens.get(k + w).is(words[w])) {
        return false;
      }
    }
    return true;
  }

  private static void add(NumberWords.Run run, List<Detection> resolved, List<Detection> out) {
    if (!ResolvedSpans.overlap(resolved, run.start(), run.end())
        && !ResolvedSpans.overlap(out, run.start(), run.end())) {
      out.add(detection(run));
    }
  }

  private static Detection detection(NumberWords.Run run) {
    return new Detection(
        EntityKind.ADDRESS, run.start(), run.end(), CONFIDENCE, Pass.REGEX, run.digits());
  }

  private static boolean streetSaid(String text, List<Detection> resolved) {
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.ADDRESS) {
        return true;
      }
    }
    for (String word : text.split("[^a-z]+")) {
      if (STREET_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
