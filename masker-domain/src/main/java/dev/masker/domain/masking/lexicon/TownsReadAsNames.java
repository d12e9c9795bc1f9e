package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A word read as a name right after "in", "past", "near" or "outside", in a turn that gives a place
 * (an address, a ZIP code or a town found), is the town it names: "i'm at my daughter's in wendlow
 * um so 2874 saddlebrook court", "she's in quenby over by the lake … seventy eight sixteen south
 * third drive", "we're out past glen ardie on 168 c r 565". A name with "'s" after it stays one
 * ("put it in ana's name").
 */
public final class TownsReadAsNames {
  private static final Set<String> BEFORE_TOWN = Set.of("in", "past", "near", "outside");

  private TownsReadAsNames() {}

  /**
   * {@code resolved} with the names in a town's place made towns, where {@code masked} says the
   * town is masked too (a policy may mask names and not towns: then the name stays).
   */
  public static List<Detection> relabel(
      String text, List<Detection> resolved, Predicate<Detection> masked) {
    if (!ResolvedSpans.givePlace(resolved) || !holdsName(resolved)) {
      return resolved;
    }
    List<Detection> out = new ArrayList<>(resolved.size());
    for (Detection d : resolved) {
      Detection town = d.kind() == EntityKind.NAME && inTownsPlace(text, d) ? town(text, d) : d;
      out.add(town == d || masked.test(town) ? town : d);
    }
    return out;
  }

  private static Detection town(String text, Detection name) {
    return ResolvedSpans.location(text, name.start(), name.end(), name.confidence());
  }

  private static boolean inTownsPlace(String text, Detection name) {
    int blank = name.start() - 1;
    if (blank < 1 || text.charAt(blank) != ' ' || text.startsWith("'s", name.end())) {
      return false;
    }
    int start = text.lastIndexOf(' ', blank - 1) + 1;
    return BEFORE_TOWN.contains(text.substring(start, blank));
  }

  private static boolean holdsName(List<Detection> resolved) {
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.NAME) {
        return true;
      }
    }
    return false;
  }
}
