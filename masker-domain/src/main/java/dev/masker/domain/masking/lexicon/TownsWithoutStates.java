package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.UsStates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A town read with the state said after it ("we're in braxton arizona", "… unit twenty nine wexley
 * kentucky six seven seven one oh") is the town without it: the state is no geography below its
 * level, which Safe Harbor allows, and the town's token should name the town alone.
 */
public final class TownsWithoutStates {
  private TownsWithoutStates() {}

  /** The towns among {@code resolved} that end with a state's name, without it. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    for (Detection town : resolved) {
      if (town.kind() != EntityKind.LOCATION) {
        continue;
      }
      int blank = text.lastIndexOf(' ', town.end() - 1);
      if (blank <= town.start() || !UsStates.endsAName(text.substring(blank + 1, town.end()))) {
        continue;
      }
      String place = text.substring(town.start(), town.end()).toLowerCase(Locale.ROOT);
      for (String state : UsStates.NAMES) {
        if (place.endsWith(" " + state) && place.length() > state.length() + 1) {
          int end = town.end() - state.length() - 1;
          out.add(ResolvedSpans.location(text, town.start(), end, town.confidence() + 0.01));
          break;
        }
      }
    }
    return out;
  }
}
