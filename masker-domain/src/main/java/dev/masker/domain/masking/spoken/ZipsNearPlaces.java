package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.lexicon.ResolvedSpans;
import java.util.ArrayList;
import java.util.List;
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
    if (!placeSaid
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
              || inListOfValues(text, run, resolved);
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
